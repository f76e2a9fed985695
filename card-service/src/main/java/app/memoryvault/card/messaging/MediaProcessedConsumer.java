package app.memoryvault.card.messaging;

import app.memoryvault.card.repository.MediaViewRepository;
import app.memoryvault.events.Inbox;
import app.memoryvault.events.MalformedEventException;
import app.memoryvault.events.MediaProcessed;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes topic {@code media-processed} (group {@code card-service}) into the media read model, once per event id
 * through the inbox, so that cards show their media ready with variant links, or failed. An unreadable message
 * goes straight to {@code media-processed.dlq}, one whose effect keeps failing after three retries too.
 */
@ApplicationScoped
public class MediaProcessedConsumer {

    /** This consumer's name in the inbox. */
    public static final String NAME = "card-service.media-processed";
    private final Inbox inbox;
    private final MediaViewRepository media;

    public MediaProcessedConsumer(Inbox inbox, MediaViewRepository media) {
        this.inbox = inbox;
        this.media = media;
    }

    @Incoming("media-processed")
    @Blocking
    @Retry(maxRetries = 3, delay = 200, abortOn = MalformedEventException.class)
    public void consume(String message) {
        inbox.consumeOnce(NAME, message, envelope -> {
            if (envelope.payload() instanceof MediaProcessed processed) {
                media.recordProcessed(envelope.ownerId(), processed);
            }
        });
    }
}
