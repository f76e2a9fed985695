package app.memoryvault.events;

import java.util.Objects;
import java.util.UUID;

/**
 * A deck was deleted, with its cards; one event per deleted deck, subdecks included.
 *
 * @param deckId the deck (aggregate id)
 */
public record DeckDeleted(UUID deckId) implements DomainEvent {

    public DeckDeleted {
        Objects.requireNonNull(deckId, "deckId");
    }

    @Override
    public EventType eventType() {
        return EventType.DECK_DELETED;
    }

    @Override
    public String aggregateId() {
        return deckId.toString();
    }
}
