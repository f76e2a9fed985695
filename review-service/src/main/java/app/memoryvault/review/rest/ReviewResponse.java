package app.memoryvault.review.rest;

import app.memoryvault.events.ReviewState;
import app.memoryvault.events.SchedulerType;
import app.memoryvault.review.model.ReviewLog;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/**
 * The card's schedule after an answer: {@code box} for Leitner cards, {@code stability} and {@code difficulty} for
 * FSRS cards; {@code intervalDays} fractional for (re)learning steps.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReviewResponse(UUID reviewId, UUID cardId, int rating, Instant reviewedAt, String kind,
        SchedulerType algorithm, ReviewState state, Integer box, Double stability, Double difficulty,
        double intervalDays, Instant dueAt) {

    static ReviewResponse of(ReviewLog log) {
        return new ReviewResponse(log.id, log.cardId, log.rating, log.reviewedAt, log.kind, log.algorithm,
                log.stateAfter, log.algorithm == SchedulerType.LEITNER ? log.boxAfter : null,
                log.stabilityAfter, log.difficultyAfter, log.scheduledDaysAfter, log.dueAfter);
    }
}
