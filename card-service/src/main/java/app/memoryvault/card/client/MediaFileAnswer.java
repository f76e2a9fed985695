package app.memoryvault.card.client;

import java.util.Map;
import java.util.UUID;

/**
 * The part of media-service's Media resource that card-service keeps: kind ({@code image}, {@code audio}), status
 * ({@code pending}, {@code ready}, {@code failed}), size or duration, failure reason and the processed variants
 * (the keys of {@code links}; the signed links themselves expire and are not kept). Other fields are ignored.
 */
public record MediaFileAnswer(UUID id, String kind, String status, Integer width, Integer height, Long durationMs,
        String failureReason, Map<String, String> links) {
}
