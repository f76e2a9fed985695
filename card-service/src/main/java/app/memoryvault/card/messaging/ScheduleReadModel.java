package app.memoryvault.card.messaging;

import app.memoryvault.card.model.Card;
import app.memoryvault.events.CardReviewed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Keeps each card's box, due time and last review as review-service reports them. A review no later than the one
 * already applied (redelivered or reordered) changes nothing, and neither does one for another owner's card or a
 * purged card. It is a read model: the card's version (its ETag) does not change.
 */
@ApplicationScoped
public class ScheduleReadModel {

    /** Applies the review if it is newer than the card's last one; returns whether it did. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(String ownerId, CardReviewed review) {
        return Card.update("box = ?1, dueAt = ?2, lastReviewedAt = ?3"
                        + " where id = ?4 and ownerId = ?5 and (lastReviewedAt is null or lastReviewedAt < ?3)",
                review.box(), review.dueAt(), review.reviewedAt(), review.cardId(), ownerId) == 1;
    }
}
