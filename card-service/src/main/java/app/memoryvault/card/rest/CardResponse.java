package app.memoryvault.card.rest;

import app.memoryvault.card.model.Card;
import app.memoryvault.card.model.Side;
import java.time.Instant;
import java.util.List;
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

    /** Where the card stands in review-service's schedule; all null until its first review. */
    public record Schedule(Integer box, Instant dueAt, Instant lastReviewedAt) {
    }

    public static CardResponse of(Card card) {
        return new CardResponse(card.id, card.deckId,
                card.side(Side.FRONT).stream().map(ItemResponse::of).toList(),
                card.side(Side.BACK).stream().map(ItemResponse::of).toList(),
                card.tags.stream().map(tag -> tag.name).sorted().toList(),
                new Schedule(card.box, card.dueAt, card.lastReviewedAt),
                card.createdAt, card.updatedAt, card.version);
    }
}
