package app.memoryvault.review.service;

import java.time.Instant;
import java.util.UUID;

/**
 * One answer to record: {@code reviewedAt} null means now; {@code idempotencyKey} null means no retry protection.
 */
public record ReviewCommand(String ownerId, UUID cardId, int rating, Long durationMs, Instant reviewedAt,
        String idempotencyKey) {
}
