package app.memoryvault.events;

import java.util.Objects;
import java.util.UUID;

/**
 * A file was uploaded, validated and stored temporarily: the work item for a media worker.
 *
 * @param mediaId        the media file (aggregate id)
 * @param kind           image or audio
 * @param mimeType       the type detected from the file's magic bytes
 * @param tempStorageKey where the upload waits in storage until it is processed
 * @param size           the upload's size in bytes
 * @param sha256         the upload's SHA-256, lower-case hex
 */
public record MediaUploaded(UUID mediaId, MediaKind kind, String mimeType, String tempStorageKey, long size,
        String sha256) implements DomainEvent {

    public MediaUploaded {
        Objects.requireNonNull(mediaId, "mediaId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(mimeType, "mimeType");
        Objects.requireNonNull(tempStorageKey, "tempStorageKey");
        Objects.requireNonNull(sha256, "sha256");
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative, was " + size);
        }
    }

    @Override
    public EventType eventType() {
        return EventType.MEDIA_UPLOADED;
    }

    @Override
    public String aggregateId() {
        return mediaId.toString();
    }
}
