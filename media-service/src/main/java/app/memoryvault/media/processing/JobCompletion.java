package app.memoryvault.media.processing;

import app.memoryvault.events.Inbox;
import app.memoryvault.events.MediaProcessed;
import app.memoryvault.events.MediaStatus;
import app.memoryvault.events.OutboxPublisher;
import app.memoryvault.media.model.MediaFile;
import app.memoryvault.media.service.QuotaService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/**
 * Ends a job in one transaction: the file, still {@code pending} under a row lock, becomes {@code ready} or
 * {@code failed} (its quota returned), the job's event is recorded in the inbox, and {@code media-processed} goes
 * into the outbox.
 */
@ApplicationScoped
public class JobCompletion {

    /** The worker's name in the inbox. */
    public static final String CONSUMER = "media-worker.media-uploaded";

    private final EntityManager entityManager;
    private final Inbox inbox;
    private final OutboxPublisher outbox;
    private final QuotaService quotas;

    public JobCompletion(EntityManager entityManager, Inbox inbox, OutboxPublisher outbox, QuotaService quotas) {
        this.entityManager = entityManager;
        this.inbox = inbox;
        this.outbox = outbox;
        this.quotas = quotas;
    }

    /** Marks the file ready with its variants; false when it was not pending any more (nothing changed). */
    @Transactional
    public boolean ready(UUID eventId, UUID mediaId, Map<String, String> variantKeys, Processed processed) {
        MediaFile file = pending(eventId, mediaId);
        if (file == null) {
            return false;
        }
        file.status = "ready";
        file.variantKeys = Map.copyOf(variantKeys);
        file.width = processed.width();
        file.height = processed.height();
        file.durationMs = processed.durationMs();
        finish(file);
        outbox.publish(file.ownerId, new MediaProcessed(file.id, MediaStatus.READY, null, variantKeys,
                file.width, file.height, file.durationMs));
        return true;
    }

    /** Marks the file failed with the reason and returns its bytes to the owner's quota; false when not pending. */
    @Transactional
    public boolean failed(UUID eventId, UUID mediaId, String reason) {
        MediaFile file = pending(eventId, mediaId);
        if (file == null) {
            return false;
        }
        file.status = "failed";
        file.failureReason = reason;
        file.variantKeys = Map.of();
        finish(file);
        // returned now, so the collector must not return it again when the user deletes the file
        file.removedAt = file.updatedAt;
        quotas.release(file.ownerId, file.sizeBytes);
        outbox.publish(file.ownerId, new MediaProcessed(file.id, MediaStatus.FAILED, reason, Map.of(),
                null, null, null));
        return true;
    }

    private MediaFile pending(UUID eventId, UUID mediaId) {
        MediaFile file = entityManager.find(MediaFile.class, mediaId, LockModeType.PESSIMISTIC_WRITE);
        if (file == null || !"pending".equals(file.status) || !inbox.firstDelivery(CONSUMER, eventId)) {
            return null;
        }
        return file;
    }

    private static void finish(MediaFile file) {
        file.uploadKey = null;
        file.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
