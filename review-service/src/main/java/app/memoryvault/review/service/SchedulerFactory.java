package app.memoryvault.review.service;

import app.memoryvault.events.SchedulerType;
import app.memoryvault.review.model.CardSchedule;
import app.memoryvault.review.model.DeckSetting;
import app.memoryvault.review.scheduling.FsrsParameters;
import app.memoryvault.review.scheduling.FsrsScheduler;
import app.memoryvault.review.scheduling.LeitnerScheduler;
import app.memoryvault.review.scheduling.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The scheduler of an algorithm for a deck and a user: Leitner with the deck's intervals (the default 1, 2, 4, 8, 16
 * days unless the deck has its own), FSRS with the user's desired retention.
 */
@ApplicationScoped
public class SchedulerFactory {

    private static final LeitnerScheduler LEITNER = LeitnerScheduler.withDefaults();

    /** The algorithm a card is scheduled with: its deck's when the deck named one, else the card's own. */
    public static SchedulerType algorithmOf(CardSchedule card, DeckSetting deck) {
        return deck != null && deck.scheduler != null ? deck.scheduler : card.algorithm;
    }

    public Scheduler schedulerFor(SchedulerType algorithm, StudySettings settings, DeckSetting deck) {
        return switch (algorithm) {
            case LEITNER -> deck == null || deck.leitnerIntervals == null ? LEITNER
                    : new LeitnerScheduler(deck.leitnerIntervals);
            case FSRS -> new FsrsScheduler(FsrsParameters.withRetention(settings.desiredRetention()));
        };
    }
}
