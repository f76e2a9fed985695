package app.memoryvault.events;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A media file was processed: ready with its variants, or failed with a reason.
 *
 * @param mediaId       the media file (aggregate id)
 * @param status        ready or failed
 * @param failureReason why processing failed; null when ready
 * @param variants      storage key of each variant by name (e.g. display, thumb200, thumb400, audio); empty when failed
 * @param width         image width in pixels; null for audio or when failed
 * @param height        image height in pixels; null for audio or when failed
 * @param durationMs    audio duration in milliseconds; null for images or when failed
 */
public record MediaProcessed(UUID mediaId, MediaStatus status, String failureReason, Map<String, String> variants,
        Integer width, Integer height, Long durationMs) implements DomainEvent {

    public MediaProcessed {
        Objects.requireNonNull(mediaId, "mediaId");
        Objects.requireNonNull(status, "status");
        variants = Map.copyOf(variants);
        if (status == MediaStatus.FAILED && failureReason == null) {
            throw new IllegalArgumentException("a failed media file needs a failureReason");
        }
    }

    @Override
    public EventType eventType() {
        return EventType.MEDIA_PROCESSED;
    }

    @Override
    public String aggregateId() {
        return mediaId.toString();
    }
}
