package app.memoryvault.card.messaging;

import app.memoryvault.card.model.Card;
import app.memoryvault.events.CardReviewed;
import app.memoryvault.events.CardScheduleChanged;
import app.memoryvault.events.ReviewState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Keeps each card's box, due time, last review and suspension as review-service reports them: reviews
 * ({@code card-reviewed}) and changes without a review ({@code card-schedule-changed}: reset, suspended,
 * unsuspended, algorithm switched). Each applies only when it happened after both the card's last review and its
 * last change, so a redelivered or reordered event never moves a card back; one for another owner's card or a
 * purged card changes nothing. It is a read model: the card's version (its ETag) does not change.
 */
@ApplicationScoped
public class ScheduleReadModel {

    private static final String LATER_THAN_BOTH = " where id = :card and ownerId = :owner"
            + " and (lastReviewedAt is null or lastReviewedAt < :at)"
            + " and (scheduleChangedAt is null or scheduleChangedAt < :at)";

    /** Applies the review if it is newer than the card's last review and change; returns whether it did. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(String ownerId, CardReviewed review) {
        return Card.getEntityManager()
                .createQuery("update Card set box = :box, dueAt = :due, lastReviewedAt = :at" + LATER_THAN_BOTH)
                .setParameter("box", review.box())
                .setParameter("due", review.dueAt())
                .setParameter("at", review.reviewedAt())
                .setParameter("card", review.cardId())
                .setParameter("owner", ownerId)
                .executeUpdate() == 1;
    }

    /**
     * Applies a change that happened at {@code occurredAt} (its envelope's time) if it is newer than the card's
     * last review and change: the schedule becomes the event's, a card reset to {@code new} counts as never
     * reviewed, and a suspended card is not due. Returns whether it applied.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(String ownerId, CardScheduleChanged change, Instant occurredAt) {
        String lastReview = change.state() == ReviewState.NEW ? "null" : "lastReviewedAt";
        return Card.getEntityManager()
                .createQuery("update Card set box = :box, dueAt = :due, suspended = :suspended,"
                        + " scheduleChangedAt = :at, lastReviewedAt = " + lastReview + LATER_THAN_BOTH)
                .setParameter("box", change.box())
                .setParameter("due", change.dueAt())
                .setParameter("suspended", change.suspended())
                .setParameter("at", occurredAt)
                .setParameter("card", change.cardId())
                .setParameter("owner", ownerId)
                .executeUpdate() == 1;
    }
}
