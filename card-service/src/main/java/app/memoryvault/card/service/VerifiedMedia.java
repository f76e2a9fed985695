package app.memoryvault.card.service;

import app.memoryvault.card.client.MediaFileAnswer;
import app.memoryvault.card.model.MediaStatus;
import app.memoryvault.events.MediaKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A media file as media-service described it when a card came to reference it, in card-service's terms: what
 * the media read model records. {@code kind} or {@code status} is null when media-service named one card-service
 * does not know (such a file cannot be used).
 */
public record VerifiedMedia(UUID mediaId, MediaKind kind, MediaStatus status, Integer width, Integer height,
        Long durationMs, String failureReason, List<String> variants) {

    static VerifiedMedia of(UUID mediaId, MediaFileAnswer answer) {
        Map<String, String> links = answer.links() == null ? Map.of() : answer.links();
        return new VerifiedMedia(mediaId, parse(MediaKind.class, answer.kind()), parse(MediaStatus.class,
                answer.status()), answer.width(), answer.height(), answer.durationMs(),
                answer.failureReason(), links.keySet().stream().sorted().toList());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().toLowerCase(Locale.ROOT).equals(value)) {
                return constant;
            }
        }
        return null;
    }
}
