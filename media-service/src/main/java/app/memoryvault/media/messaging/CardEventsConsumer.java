package app.memoryvault.media.messaging;

import app.memoryvault.events.Inbox;
import app.memoryvault.events.MalformedEventException;
import app.memoryvault.media.service.ReferenceProjection;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes topic {@code card-events} (group {@code media-service}) into the files' reference counts, once per event
 * id through the inbox. A message that cannot be read goes straight to {@code card-events.dlq}; one whose effect
 * keeps failing goes there after three retries; either way the consumer moves on.
 */
@ApplicationScoped
public class CardEventsConsumer {

    /** This consumer's name in the inbox. */
    public static final String NAME = "media-service.card-events";

    private final Inbox inbox;
    private final ReferenceProjection references;

    public CardEventsConsumer(Inbox inbox, ReferenceProjection references) {
        this.inbox = inbox;
        this.references = references;
    }

    @Incoming("card-events")
    @Blocking
    @Retry(maxRetries = 3, delay = 200, abortOn = MalformedEventException.class)
    public void consume(String message) {
        inbox.consumeOnce(NAME, message,
                envelope -> references.apply(envelope.ownerId(), envelope.occurredAt(), envelope.payload()));
    }
}
