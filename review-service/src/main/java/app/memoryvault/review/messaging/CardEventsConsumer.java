package app.memoryvault.review.messaging;

import app.memoryvault.events.Inbox;
import app.memoryvault.events.MalformedEventException;
import app.memoryvault.review.service.ScheduleProjection;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes topic {@code card-events} (group {@code review-service}) into the schedules, once per event id through
 * the inbox. A message that cannot be read goes straight to {@code card-events.dlq}; one whose effect keeps
 * failing goes there after three retries; either way the consumer moves on to the next message.
 */
@ApplicationScoped
public class CardEventsConsumer {

    /** This consumer's name in the inbox. */
    public static final String NAME = "review-service.card-events";

    private final Inbox inbox;
    private final ScheduleProjection projection;

    public CardEventsConsumer(Inbox inbox, ScheduleProjection projection) {
        this.inbox = inbox;
        this.projection = projection;
    }

    @Incoming("card-events")
    @Blocking
    @Retry(maxRetries = 3, delay = 200, abortOn = MalformedEventException.class)
    public void consume(String message) {
        inbox.consumeOnce(NAME, message,
                envelope -> projection.apply(envelope.ownerId(), envelope.occurredAt(), envelope.payload()));
    }
}
