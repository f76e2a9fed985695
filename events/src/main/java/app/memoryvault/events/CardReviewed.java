package app.memoryvault.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A card was reviewed: the rating and the card's schedule after it (card-service keeps it as a read model).
 *
 * @param cardId     the card (aggregate id)
 * @param deckId     the deck the card is in
 * @param rating     1 again, 2 hard, 3 good, 4 easy
 * @param reviewedAt when the review happened
 * @param box        the Leitner box after the review; null for FSRS decks
 * @param dueAt      when the card is due next
 * @param stability  FSRS stability in days after the review; null for Leitner decks
 * @param difficulty FSRS difficulty (1-10) after the review; null for Leitner decks
 * @param state      where the card stands after the review
 */
public record CardReviewed(UUID cardId, UUID deckId, int rating, Instant reviewedAt, Integer box, Instant dueAt,
        Double stability, Double difficulty, ReviewState state) implements DomainEvent {

    public CardReviewed {
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(deckId, "deckId");
        Objects.requireNonNull(reviewedAt, "reviewedAt");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(state, "state");
        if (rating < 1 || rating > 4) {
            throw new IllegalArgumentException("rating must be 1 to 4, was " + rating);
        }
    }

    @Override
    public EventType eventType() {
        return EventType.CARD_REVIEWED;
    }

    @Override
    public String aggregateId() {
        return cardId.toString();
    }
}
