package app.memoryvault.review.service;

import app.memoryvault.review.model.CardSchedule;
import app.memoryvault.review.repository.DueQueueRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Builds a user's due queue: studied cards whose time has come, the most overdue first, then new cards. */
@ApplicationScoped
public class DueQueueService {

    private final DueQueueRepository repository;

    public DueQueueService(DueQueueRepository repository) {
        this.repository = repository;
    }

    /**
     * The caller's queue, across all decks or for one deck. A deck the caller does not own simply has no cards of
     * theirs, so it answers an empty queue rather than telling whether the deck exists.
     */
    public DueQueue dueNow(String ownerId, UUID deckId, int limit) {
        Instant now = Instant.now();
        List<CardSchedule> cards = new ArrayList<>(repository.dueStudied(ownerId, deckId, now, limit));
        if (cards.size() < limit) {
            cards.addAll(repository.unstudied(ownerId, deckId, limit - cards.size()));
        }
        return new DueQueue(cards, repository.countDueByState(ownerId, deckId, now));
    }
}
