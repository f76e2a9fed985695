package app.memoryvault.events;

import java.util.Objects;
import java.util.UUID;

/**
 * A trashed card was removed for good after its retention: consumers drop everything they keep about it.
 *
 * @param cardId the card (aggregate id)
 * @param deckId the deck the card is in
 */
public record CardPurged(UUID cardId, UUID deckId) implements DomainEvent {

    public CardPurged {
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(deckId, "deckId");
    }

    @Override
    public EventType eventType() {
        return EventType.CARD_PURGED;
    }

    @Override
    public String aggregateId() {
        return cardId.toString();
    }
}
