package app.memoryvault.card.rest;

import app.memoryvault.card.model.Card;
import app.memoryvault.card.model.MediaView;
import app.memoryvault.card.model.Side;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A card as the API shows it. */
public record CardResponse(
        UUID id,
        UUID deckId,
        List<ItemResponse> front,
        List<ItemResponse> back,
        List<String> tags,
        Schedule schedule,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    /**
     * Where the card stands in review-service's schedule: box, due time and last review are null until the first
     * review, the last review null again after a reset. A suspended card is not due, whatever its due time.
     */
    public record Schedule(Integer box, Instant dueAt, Instant lastReviewedAt, boolean suspended) {
    }

    /** The card, its media items' state read from {@code media} (the read model by media id). */
    public static CardResponse of(Card card, Map<UUID, MediaView> media) {
        return new CardResponse(card.id, card.deckId,
                card.side(Side.FRONT).stream().map(item -> ItemResponse.of(item, media)).toList(),
                card.side(Side.BACK).stream().map(item -> ItemResponse.of(item, media)).toList(),
                card.tags.stream().map(tag -> tag.name).sorted().toList(),
                new Schedule(card.box, card.dueAt, card.lastReviewedAt, card.suspended),
                card.createdAt, card.updatedAt, card.version);
    }
}
