package app.memoryvault.review.service;

import app.memoryvault.events.ReviewState;
import app.memoryvault.events.ScheduleChange;
import app.memoryvault.events.SchedulerType;
import app.memoryvault.review.model.CardSchedule;
import app.memoryvault.review.model.DeckSetting;
import app.memoryvault.review.model.ReviewLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Suspends, unsuspends and resets a caller's card, under the same row lock as a review; each change publishes
 * card-schedule-changed in its transaction.
 */
@ApplicationScoped
public class CardActionService {

    private static final double MILLIS_PER_DAY = Duration.ofDays(1).toMillis();

    private final ScheduleChanges changes;

    public CardActionService(ScheduleChanges changes) {
        this.changes = changes;
    }

    /** Takes the card out of the due queue until it is unsuspended; suspending twice changes nothing. */
    @Transactional
    public CardSchedule suspend(String ownerId, UUID cardId) {
        return suspended(ownerId, cardId, true, ScheduleChange.SUSPENDED);
    }

    /** Brings the card back into the due queue with the schedule it had. */
    @Transactional
    public CardSchedule unsuspend(String ownerId, UUID cardId) {
        return suspended(ownerId, cardId, false, ScheduleChange.UNSUSPENDED);
    }

    /**
     * Makes the card new again (box 1, no FSRS memory, no reps or lapses), last in the new queue, and writes a
     * {@code manual} log row without a rating. Its last review time becomes now, so a review dated before the reset
     * is refused; suspension is kept.
     */
    @Transactional
    public CardSchedule reset(String ownerId, UUID cardId) {
        CardSchedule card = OwnedCards.locked(ownerId, cardId);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        SchedulerType algorithm = SchedulerFactory.algorithmOf(card, DeckSetting.findById(card.deckId));
        ReviewLog log = new ReviewLog();
        log.id = UUID.randomUUID();
        log.cardId = cardId;
        log.ownerId = ownerId;
        log.reviewedAt = now;
        log.kind = "manual";
        log.algorithm = algorithm;
        if (card.lastReviewAt != null) {
            log.elapsedDays = Math.max(0, (now.toEpochMilli() - card.lastReviewAt.toEpochMilli()) / MILLIS_PER_DAY);
            log.scheduledDaysBefore = Math.max(0,
                    (card.dueAt.toEpochMilli() - card.lastReviewAt.toEpochMilli()) / MILLIS_PER_DAY);
        }
        log.scheduledDaysAfter = 0;
        log.boxBefore = algorithm == SchedulerType.LEITNER ? card.box : null;
        log.boxAfter = algorithm == SchedulerType.LEITNER ? 1 : null;
        log.stateBefore = card.state;
        log.stateAfter = ReviewState.NEW;
        log.dueAfter = now;
        log.persist();
        card.algorithm = algorithm;
        card.state = ReviewState.NEW;
        card.box = 1;
        card.stability = null;
        card.difficulty = null;
        card.step = 0;
        card.reps = 0;
        card.lapses = 0;
        card.dueAt = now;
        card.lastReviewAt = now;
        card.updatedAt = now;
        changes.publish(card, ScheduleChange.RESET);
        return card;
    }

    /** Publishes the change only when there is one. */
    private CardSchedule suspended(String ownerId, UUID cardId, boolean suspended, ScheduleChange change) {
        CardSchedule card = OwnedCards.locked(ownerId, cardId);
        if (card.suspended != suspended) {
            card.suspended = suspended;
            card.updatedAt = Instant.now();
            changes.publish(card, change);
        }
        return card;
    }
}
