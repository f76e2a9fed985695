package app.memoryvault.review.rest;

import app.memoryvault.platform.security.CurrentUser;
import app.memoryvault.platform.security.Roles;
import app.memoryvault.review.service.ReviewCommand;
import app.memoryvault.review.service.ReviewService;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/** Answers to cards: each one reschedules the card. */
@Path("/api/review")
@RolesAllowed(Roles.USER)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

    private final ReviewService reviews;
    private final CurrentUser currentUser;

    public ReviewResource(ReviewService reviews, CurrentUser currentUser) {
        this.reviews = reviews;
        this.currentUser = currentUser;
    }

    /** Records a rating; a retry with the same Idempotency-Key answers the first answer and records nothing. */
    @POST
    @Path("/{cardId}")
    @RunOnVirtualThread
    public ReviewResponse review(@PathParam("cardId") UUID cardId,
            @HeaderParam("Idempotency-Key") @Size(min = 1, max = 200) String idempotencyKey,
            @Valid @NotNull ReviewRequest request) {
        return ReviewResponse.of(reviews.review(new ReviewCommand(currentUser.id(), cardId, request.rating(),
                request.durationMs(), request.reviewedAt(), idempotencyKey)));
    }
}
