package app.memoryvault.events;

import java.util.Objects;
import java.util.UUID;

/**
 * A deck was created or changed: its current scheduler (review-service schedules each card by its deck's
 * algorithm). Sent on creation too, so consumers treat it as an upsert.
 *
 * @param deckId    the deck (aggregate id)
 * @param scheduler the deck's algorithm
 */
public record DeckUpdated(UUID deckId, SchedulerType scheduler) implements DomainEvent {

    public DeckUpdated {
        Objects.requireNonNull(deckId, "deckId");
        Objects.requireNonNull(scheduler, "scheduler");
    }

    @Override
    public EventType eventType() {
        return EventType.DECK_UPDATED;
    }

    @Override
    public String aggregateId() {
        return deckId.toString();
    }
}
