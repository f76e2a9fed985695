package app.memoryvault.review.service;

import app.memoryvault.events.CardScheduleChanged;
import app.memoryvault.events.OutboxPublisher;
import app.memoryvault.events.ScheduleChange;
import app.memoryvault.events.SchedulerType;
import app.memoryvault.review.model.CardSchedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;

/**
 * Tells card-service about a schedule that changed without a review (reset, suspend, unsuspend, algorithm switch):
 * {@code card-schedule-changed} with the schedule now, through the outbox in the transaction of the change.
 */
@ApplicationScoped
public class ScheduleChanges {

    private final OutboxPublisher outbox;

    public ScheduleChanges(OutboxPublisher outbox) {
        this.outbox = outbox;
    }

    /** Box for a Leitner card, stability and difficulty for an FSRS card, as the event's contract says. */
    @Transactional(TxType.MANDATORY)
    public void publish(CardSchedule card, ScheduleChange change) {
        boolean leitner = card.algorithm == SchedulerType.LEITNER;
        outbox.publish(card.ownerId, new CardScheduleChanged(card.cardId, card.deckId, change, card.suspended,
                leitner ? card.box : null, card.dueAt, leitner ? null : card.stability,
                leitner ? null : card.difficulty, card.state));
    }
}
