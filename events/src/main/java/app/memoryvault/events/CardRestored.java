package app.memoryvault.events;

import java.util.Objects;
import java.util.UUID;

/**
 * A trashed card was restored: it is back, with the content it had.
 *
 * @param cardId the card (aggregate id)
 * @param deckId the deck the card is in
 */
public record CardRestored(UUID cardId, UUID deckId) implements DomainEvent {

    public CardRestored {
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(deckId, "deckId");
    }

    @Override
    public EventType eventType() {
        return EventType.CARD_RESTORED;
    }

    @Override
    public String aggregateId() {
        return cardId.toString();
    }
}
