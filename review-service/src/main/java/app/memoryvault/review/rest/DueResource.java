package app.memoryvault.review.rest;

import app.memoryvault.platform.security.CurrentUser;
import app.memoryvault.platform.security.Roles;
import app.memoryvault.review.service.DueQueueService;
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

/** The caller's due queue: what to study now. */
@Path("/api/review/due")
@RolesAllowed(Roles.USER)
@Produces(MediaType.APPLICATION_JSON)
public class DueResource {

    private final DueQueueService dueQueue;
    private final CurrentUser currentUser;

    public DueResource(DueQueueService dueQueue, CurrentUser currentUser) {
        this.dueQueue = dueQueue;
        this.currentUser = currentUser;
    }

    /** Cards due now, the most overdue first, then new cards; a deck the caller does not own gives an empty queue. */
    @GET
    @RunOnVirtualThread
    public DueResponse due(
            @QueryParam("deckId") UUID deckId,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return DueResponse.of(dueQueue.dueNow(currentUser.id(), deckId, limit));
    }
}
