package app.memoryvault.media.service;

import app.memoryvault.events.MediaUploaded;
import app.memoryvault.events.OutboxPublisher;
import app.memoryvault.media.model.MediaFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Records an accepted upload in one transaction: its quota reserved, the file {@code pending}, and
 * {@code media-uploaded} in the outbox. Any failure rolls all three back.
 */
@ApplicationScoped
public class MediaRegistry {

    private final QuotaService quotas;
    private final OutboxPublisher outbox;

    public MediaRegistry(QuotaService quotas, OutboxPublisher outbox) {
        this.quotas = quotas;
        this.outbox = outbox;
    }

    /**
     * Registers {@code file} (fully filled in but not persisted) and publishes {@code event}. The quota update
     * locks the user's quota row, so the duplicate check after it sees every upload of the user committed before.
     */
    @Transactional
    public MediaFile register(MediaFile file, MediaUploaded event) {
        quotas.reserve(file.ownerId, file.sizeBytes);
        MediaFile existing = MediaFile.findLive(file.ownerId, file.sha256, file.kind);
        if (existing != null) {
            throw new DuplicateUploadException(existing.id);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        file.createdAt = now;
        file.updatedAt = now;
        file.persist();
        outbox.publish(file.ownerId, event);
        return file;
    }

    /** The same user stored the same bytes meanwhile: the reservation is rolled back and that file is the answer. */
    public static class DuplicateUploadException extends RuntimeException {

        private final UUID existingId;

        DuplicateUploadException(UUID existingId) {
            super("the same bytes are stored as " + existingId);
            this.existingId = existingId;
        }

        public UUID existingId() {
            return existingId;
        }
    }
}
