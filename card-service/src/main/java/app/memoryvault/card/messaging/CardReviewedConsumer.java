package app.memoryvault.card.messaging;

import app.memoryvault.events.CardReviewed;
import app.memoryvault.events.CardScheduleChanged;
import app.memoryvault.events.Inbox;
import app.memoryvault.events.MalformedEventException;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes topic {@code card-reviewed} (group {@code card-service}) into each card's schedule read model, once per
 * event id through the inbox: reviews ({@code card-reviewed}) and changes without a review
 * ({@code card-schedule-changed}), in order per card as they share the topic and its key. An unreadable message
 * goes straight to {@code card-reviewed.dlq}, one whose effect keeps failing after three retries; either way the
 * consumer moves on.
 */
@ApplicationScoped
public class CardReviewedConsumer {

    /** This consumer's name in the inbox. */
    public static final String NAME = "card-service.card-reviewed";
    private final Inbox inbox;
    private final ScheduleReadModel schedules;

    public CardReviewedConsumer(Inbox inbox, ScheduleReadModel schedules) {
        this.inbox = inbox;
        this.schedules = schedules;
    }

    @Incoming("card-reviewed")
    @Blocking
    @Retry(maxRetries = 3, delay = 200, abortOn = MalformedEventException.class)
    public void consume(String message) {
        inbox.consumeOnce(NAME, message, envelope -> {
            switch (envelope.payload()) {
                case CardReviewed reviewed -> schedules.apply(envelope.ownerId(), reviewed);
                case CardScheduleChanged changed ->
                        schedules.apply(envelope.ownerId(), changed, envelope.occurredAt());
                default -> {
                    // another topic's event: nothing of the schedule
                }
            }
        });
    }
}
