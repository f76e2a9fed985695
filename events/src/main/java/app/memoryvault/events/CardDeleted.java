package app.memoryvault.events;

import java.util.Objects;
import java.util.UUID;

/**
 * A card was moved to the trash (soft delete): it leaves the due queue but can still be restored.
 *
 * @param cardId the card (aggregate id)
 * @param deckId the deck the card is in
 */
public record CardDeleted(UUID cardId, UUID deckId) implements DomainEvent {

    public CardDeleted {
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(deckId, "deckId");
    }

    @Override
    public EventType eventType() {
        return EventType.CARD_DELETED;
    }

    @Override
    public String aggregateId() {
        return cardId.toString();
    }
}
