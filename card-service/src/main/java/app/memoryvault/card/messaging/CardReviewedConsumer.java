package app.memoryvault.card.messaging;

import app.memoryvault.events.CardReviewed;
import app.memoryvault.events.EventCodec;
import app.memoryvault.events.EventEnvelope;
import app.memoryvault.events.Inbox;
import app.memoryvault.events.MalformedEventException;
import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes topic {@code card-reviewed} (group {@code card-service}) into each card's schedule read model, once per
 * event id through the inbox. An unreadable message goes straight to {@code card-reviewed.dlq}, one whose effect
 * keeps failing after three retries; either way the consumer moves on.
 */
@ApplicationScoped
public class CardReviewedConsumer {

    /** This consumer's name in the inbox. */
    public static final String NAME = "card-service.card-reviewed";
    private static final Logger LOG = Logger.getLogger(CardReviewedConsumer.class);

    private final EventCodec codec;
    private final Inbox inbox;
    private final ScheduleReadModel schedules;

    public CardReviewedConsumer(EventCodec codec, Inbox inbox, ScheduleReadModel schedules) {
        this.codec = codec;
        this.inbox = inbox;
        this.schedules = schedules;
    }

    @Incoming("card-reviewed")
    @Blocking
    @Retry(maxRetries = 3, delay = 200, abortOn = MalformedEventException.class)
    public void consume(String message) {
        EventEnvelope<JsonNode> envelope = codec.decode(message);
        codec.payload(envelope).ifPresentOrElse(event -> {
            if (event instanceof CardReviewed reviewed) {
                inbox.processOnce(NAME, envelope.eventId(), () -> schedules.apply(envelope.ownerId(), reviewed));
            } else {
                LOG.debugf("skipping event %s of type %s on card-reviewed", envelope.eventId(), envelope.type());
            }
        }, () -> LOG.debugf("skipping event %s of unknown type %s", envelope.eventId(), envelope.type()));
    }
}
