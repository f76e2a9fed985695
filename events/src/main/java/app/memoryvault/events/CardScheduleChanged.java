package app.memoryvault.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A card's schedule changed without a review (reset, suspended, unsuspended, algorithm switched): its schedule
 * now, in the same shape as {@link CardReviewed}, so card-service's read model follows it. Sent on the
 * {@code card-reviewed} topic, keyed by card, so it stays in order with the card's reviews.
 *
 * @param cardId     the card (aggregate id)
 * @param deckId     the deck the card is in
 * @param change     what happened
 * @param suspended  whether the card is now out of the due queue
 * @param box        the Leitner box now; null for FSRS decks
 * @param dueAt      when the card is due next
 * @param stability  FSRS stability in days; null for Leitner decks and new cards
 * @param difficulty FSRS difficulty (1-10); null for Leitner decks and new cards
 * @param state      where the card stands now
 */
public record CardScheduleChanged(UUID cardId, UUID deckId, ScheduleChange change, boolean suspended, Integer box,
        Instant dueAt, Double stability, Double difficulty, ReviewState state) implements DomainEvent {

    public CardScheduleChanged {
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(deckId, "deckId");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(state, "state");
    }

    @Override
    public EventType eventType() {
        return EventType.CARD_SCHEDULE_CHANGED;
    }

    @Override
    public String aggregateId() {
        return cardId.toString();
    }
}
