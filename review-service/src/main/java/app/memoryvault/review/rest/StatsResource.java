package app.memoryvault.review.rest;

import app.memoryvault.platform.security.CurrentUser;
import app.memoryvault.platform.security.Roles;
import app.memoryvault.review.service.ReviewStats;
import app.memoryvault.review.service.StatsService;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The caller's statistics, in their time zone and study days. */
@Path("/api/review/stats")
@RolesAllowed(Roles.USER)
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {

    private final StatsService stats;
    private final CurrentUser currentUser;

    public StatsResource(StatsService stats, CurrentUser currentUser) {
        this.stats = stats;
        this.currentUser = currentUser;
    }

    /** Over all decks or one; {@code period} is the number of study days of the period block and the heatmap. */
    @GET
    @RunOnVirtualThread
    @Operation(summary = "Your statistics in your study days: today, the period, true retention (7/30/365 days, all"
            + " time and the last 52 weeks), forecast, heatmap and streaks, card counts")
    public ReviewStats stats(
            @QueryParam("deckId") UUID deckId,
            @QueryParam("period") @DefaultValue("365") @Min(1) @Max(3650) int period) {
        return stats.stats(currentUser.id(), deckId, period);
    }
}
