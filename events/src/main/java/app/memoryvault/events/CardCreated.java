package app.memoryvault.events;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A card was created; carries its full content (consumers keep a snapshot).
 *
 * @param cardId   the card (aggregate id)
 * @param deckId   the deck the card is in
 * @param front    the front side's items, in order
 * @param back     the back side's items, in order
 * @param tags     the card's tags
 * @param mediaIds every media file the card references (the media ids of its items, each once)
 */
public record CardCreated(UUID cardId, UUID deckId, List<CardItem> front, List<CardItem> back, List<String> tags,
        List<UUID> mediaIds) implements DomainEvent {

    public CardCreated {
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(deckId, "deckId");
        front = List.copyOf(front);
        back = List.copyOf(back);
        tags = List.copyOf(tags);
        mediaIds = List.copyOf(mediaIds);
    }

    /** The event with {@code mediaIds} taken from the items. */
    public CardCreated(UUID cardId, UUID deckId, List<CardItem> front, List<CardItem> back, List<String> tags) {
        this(cardId, deckId, front, back, tags, CardItem.mediaIdsOf(front, back));
    }

    @Override
    public EventType eventType() {
        return EventType.CARD_CREATED;
    }

    @Override
    public String aggregateId() {
        return cardId.toString();
    }
}
