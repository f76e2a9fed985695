package app.memoryvault.review.service;

import app.memoryvault.events.SchedulerType;
import app.memoryvault.platform.problem.ProblemException;
import app.memoryvault.review.config.ReviewConfig;
import app.memoryvault.review.model.DeckSetting;
import app.memoryvault.review.scheduling.LeitnerScheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A deck's scheduling settings kept here: its Leitner intervals. The deck is known from card-service's deck events;
 * a deck that is not the caller's, unknown or deleted answers 404.
 */
@ApplicationScoped
public class DeckSettingsService {

    private final SchedulerType defaultScheduler;

    public DeckSettingsService(ReviewConfig config) {
        this.defaultScheduler = config.defaultScheduler();
    }

    @Transactional
    public DeckScheduling of(String ownerId, UUID deckId) {
        return view(owned(ownerId, deckId, LockModeType.NONE));
    }

    /**
     * Sets the deck's Leitner intervals (null for the default). The next review of each card uses them; a card in a
     * box above the new number of boxes counts as in the top box.
     */
    @Transactional
    public DeckScheduling setLeitnerIntervals(String ownerId, UUID deckId, List<Integer> intervals) {
        for (int box = 1; intervals != null && box < intervals.size(); box++) {
            if (intervals.get(box) < intervals.get(box - 1)) {
                throw ProblemException.invalid("leitnerIntervals", "must not get shorter from one box to the next");
            }
        }
        DeckSetting deck = owned(ownerId, deckId, LockModeType.PESSIMISTIC_WRITE);
        deck.leitnerIntervals = intervals == null ? null : List.copyOf(intervals);
        deck.updatedAt = Instant.now();
        return view(deck);
    }

    private static DeckSetting owned(String ownerId, UUID deckId, LockModeType lock) {
        DeckSetting deck = DeckSetting.findById(deckId, lock);
        if (deck == null || !deck.ownerId.equals(ownerId) || deck.deleted) {
            throw ProblemException.notFound("deck", deckId);
        }
        return deck;
    }

    private DeckScheduling view(DeckSetting deck) {
        return new DeckScheduling(deck.deckId, deck.scheduler == null ? defaultScheduler : deck.scheduler,
                deck.leitnerIntervals == null ? LeitnerScheduler.DEFAULT_INTERVAL_DAYS : deck.leitnerIntervals,
                deck.leitnerIntervals == null);
    }

    /** How a deck's cards are scheduled; {@code defaultIntervals} when the deck has no intervals of its own. */
    public record DeckScheduling(UUID deckId, SchedulerType scheduler, List<Integer> leitnerIntervals,
            boolean defaultIntervals) {
    }
}
