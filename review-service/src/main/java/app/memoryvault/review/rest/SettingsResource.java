package app.memoryvault.review.rest;

import app.memoryvault.platform.security.CurrentUser;
import app.memoryvault.platform.security.Roles;
import app.memoryvault.review.service.SettingsService;
import app.memoryvault.review.service.StudySettings;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The caller's study settings. */
@Path("/api/review/settings")
@RolesAllowed(Roles.USER)
@Produces(MediaType.APPLICATION_JSON)
public class SettingsResource {

    private final SettingsService settings;
    private final CurrentUser currentUser;

    public SettingsResource(SettingsService settings, CurrentUser currentUser) {
        this.settings = settings;
        this.currentUser = currentUser;
    }

    /** What the caller saved, or the defaults for a caller who never changed anything. */
    @GET
    @RunOnVirtualThread
    public SettingsResponse get() {
        return SettingsResponse.of(settings.settingsOf(currentUser.id()));
    }

    /** Replaces the caller's settings and answers them. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RunOnVirtualThread
    public SettingsResponse put(@Valid @NotNull SettingsRequest request) {
        return SettingsResponse.of(settings.save(currentUser.id(), request.timeZone(), request.dayRolloverHour(),
                request.newPerDay(), request.reviewsPerDay(), request.desiredRetention()));
    }

    /** Settings as JSON: the time zone is an IANA id, the rollover hour is local time. */
    public record SettingsResponse(String timeZone, int dayRolloverHour, int newPerDay, int reviewsPerDay,
            double desiredRetention) {

        static SettingsResponse of(StudySettings settings) {
            return new SettingsResponse(settings.timeZone().getId(), settings.dayRolloverHour(),
                    settings.newPerDay(), settings.reviewsPerDay(), settings.desiredRetention());
        }
    }
}
