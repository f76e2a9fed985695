package app.memoryvault.review.rest;

import app.memoryvault.events.SchedulerType;
import app.memoryvault.platform.security.CurrentUser;
import app.memoryvault.platform.security.Roles;
import app.memoryvault.review.service.DeckSettingsService.DeckScheduling;
import app.memoryvault.review.service.DeckSettingsService;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;

/** A deck's scheduling: its algorithm (set in card-service) and its Leitner intervals (set here). */
@Path("/api/review/decks/{deckId}/settings")
@RolesAllowed(Roles.USER)
@Produces(MediaType.APPLICATION_JSON)
public class DeckSettingsResource {

    private final DeckSettingsService decks;
    private final CurrentUser currentUser;

    public DeckSettingsResource(DeckSettingsService decks, CurrentUser currentUser) {
        this.decks = decks;
        this.currentUser = currentUser;
    }

    @GET
    @RunOnVirtualThread
    public DeckSettingsResponse get(@PathParam("deckId") UUID deckId) {
        return DeckSettingsResponse.of(decks.of(currentUser.id(), deckId));
    }

    /** {@code leitnerIntervals} null or absent brings back the default intervals. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RunOnVirtualThread
    public DeckSettingsResponse put(@PathParam("deckId") UUID deckId, @Valid @NotNull DeckSettingsRequest request) {
        return DeckSettingsResponse.of(decks.setLeitnerIntervals(currentUser.id(), deckId,
                request.leitnerIntervals()));
    }

    /** Days per box, box 1 first: 1 to 10 boxes of 1 to 36500 days, never shorter than the box before. */
    public record DeckSettingsRequest(@Size(min = 1, max = 10) List<@NotNull @Min(1) @Max(36500) Integer>
            leitnerIntervals) {
    }

    public record DeckSettingsResponse(UUID deckId, SchedulerType scheduler, List<Integer> leitnerIntervals,
            boolean defaultIntervals) {

        static DeckSettingsResponse of(DeckScheduling deck) {
            return new DeckSettingsResponse(deck.deckId(), deck.scheduler(), deck.leitnerIntervals(),
                    deck.defaultIntervals());
        }
    }
}
