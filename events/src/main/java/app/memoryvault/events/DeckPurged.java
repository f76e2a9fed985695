package app.memoryvault.events;

import java.util.Objects;
import java.util.UUID;

/**
 * A trashed deck was removed for good after its retention, with its cards (each also gets a {@link CardPurged}):
 * consumers drop everything they keep about the deck.
 *
 * @param deckId the deck (aggregate id)
 */
public record DeckPurged(UUID deckId) implements DomainEvent {

    public DeckPurged {
        Objects.requireNonNull(deckId, "deckId");
    }

    @Override
    public EventType eventType() {
        return EventType.DECK_PURGED;
    }

    @Override
    public String aggregateId() {
        return deckId.toString();
    }
}
