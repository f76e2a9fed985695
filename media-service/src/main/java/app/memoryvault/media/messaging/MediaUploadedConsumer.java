package app.memoryvault.media.messaging;

import app.memoryvault.events.EventCodec;
import app.memoryvault.events.EventEnvelope;
import app.memoryvault.events.EventType;
import app.memoryvault.events.MalformedEventException;
import app.memoryvault.events.MediaUploaded;
import app.memoryvault.media.processing.JobSlots;
import app.memoryvault.media.processing.MediaJob;
import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes topic {@code media-uploaded} (group {@code media-worker}) on processes of role worker or both: each
 * message is one job, several run at once up to the worker's concurrency. Transient faults (storage or database
 * down) are retried with exponential backoff; a message that cannot be read, or whose job keeps failing, goes to
 * {@code media-uploaded.dlq} and the consumer moves on. Jobs are idempotent, so a redelivery is harmless.
 */
@ApplicationScoped
public class MediaUploadedConsumer {

    private final EventCodec codec;
    private final MediaJob job;
    private final JobSlots slots;

    public MediaUploadedConsumer(EventCodec codec, MediaJob job, JobSlots slots) {
        this.codec = codec;
        this.job = job;
        this.slots = slots;
    }

    @Incoming("media-uploaded")
    @Blocking(ordered = false)
    @Retry(maxRetries = 5, delay = 500, maxDuration = 120_000, abortOn = MalformedEventException.class)
    @ExponentialBackoff(maxDelay = 15_000)
    public void consume(String message) {
        EventEnvelope<JsonNode> envelope = codec.decode(message);
        if (!EventType.MEDIA_UPLOADED.type().equals(envelope.type())) {
            return;
        }
        MediaUploaded event = codec.payload(envelope, MediaUploaded.class);
        slots.run(() -> job.run(envelope.eventId(), event));
    }
}
