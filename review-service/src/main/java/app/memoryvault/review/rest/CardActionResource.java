package app.memoryvault.review.rest;

import app.memoryvault.platform.security.CurrentUser;
import app.memoryvault.platform.security.Roles;
import app.memoryvault.review.service.CardActionService;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/** Suspend, unsuspend and reset of one of the caller's cards; each answers the card's schedule. */
@Path("/api/review")
@RolesAllowed(Roles.USER)
@Produces(MediaType.APPLICATION_JSON)
public class CardActionResource {

    private final CardActionService actions;
    private final CurrentUser currentUser;

    public CardActionResource(CardActionService actions, CurrentUser currentUser) {
        this.actions = actions;
        this.currentUser = currentUser;
    }

    @POST
    @Path("/{cardId}/suspend")
    @RunOnVirtualThread
    public CardScheduleResponse suspend(@PathParam("cardId") UUID cardId) {
        return CardScheduleResponse.of(actions.suspend(currentUser.id(), cardId));
    }

    @POST
    @Path("/{cardId}/unsuspend")
    @RunOnVirtualThread
    public CardScheduleResponse unsuspend(@PathParam("cardId") UUID cardId) {
        return CardScheduleResponse.of(actions.unsuspend(currentUser.id(), cardId));
    }

    @POST
    @Path("/{cardId}/reset")
    @RunOnVirtualThread
    public CardScheduleResponse reset(@PathParam("cardId") UUID cardId) {
        return CardScheduleResponse.of(actions.reset(currentUser.id(), cardId));
    }
}
