package app.memoryvault.review.messaging;

import app.memoryvault.events.EventCodec;
import app.memoryvault.events.EventEnvelope;
import app.memoryvault.events.Inbox;
import app.memoryvault.events.MalformedEventException;
import app.memoryvault.review.service.ScheduleProjection;
import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes topic {@code card-events} (group {@code review-service}) into the schedules, once per event id through
 * the inbox. A message that cannot be read goes straight to {@code card-events.dlq}; one whose effect keeps
 * failing goes there after three retries; either way the consumer moves on to the next message.
 */
@ApplicationScoped
public class CardEventsConsumer {

    /** This consumer's name in the inbox. */
    public static final String NAME = "review-service.card-events";

    private static final Logger LOG = Logger.getLogger(CardEventsConsumer.class);

    private final EventCodec codec;
    private final Inbox inbox;
    private final ScheduleProjection projection;

    public CardEventsConsumer(EventCodec codec, Inbox inbox, ScheduleProjection projection) {
        this.codec = codec;
        this.inbox = inbox;
        this.projection = projection;
    }

    @Incoming("card-events")
    @Blocking
    @Retry(maxRetries = 3, delay = 200, abortOn = MalformedEventException.class)
    public void consume(String message) {
        EventEnvelope<JsonNode> envelope = codec.decode(message);
        codec.payload(envelope).ifPresentOrElse(
                event -> inbox.processOnce(NAME, envelope.eventId(),
                        () -> projection.apply(envelope.ownerId(), envelope.occurredAt(), event)),
                () -> LOG.debugf("skipping event %s of unknown type %s", envelope.eventId(), envelope.type()));
    }
}
