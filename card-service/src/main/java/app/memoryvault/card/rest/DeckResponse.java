package app.memoryvault.card.rest;

import app.memoryvault.card.model.Deck;
import app.memoryvault.events.SchedulerType;
import app.memoryvault.card.repository.DeckCounts;
import java.time.Instant;
import java.util.UUID;

/** A deck as the API shows it, with the counts of its own live cards. */
public record DeckResponse(
        UUID id,
        String name,
        String description,
        UUID parentId,
        SchedulerType scheduler,
        DeckCounts counts,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public static DeckResponse of(Deck deck, DeckCounts counts) {
        return new DeckResponse(deck.id, deck.name, deck.description, deck.parentId, deck.scheduler, counts,
                deck.createdAt, deck.updatedAt, deck.version);
    }
}
