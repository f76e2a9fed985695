package app.memoryvault.review.rest;

import app.memoryvault.events.ReviewState;
import app.memoryvault.events.SchedulerType;
import app.memoryvault.review.model.ReviewLog;
import app.memoryvault.review.service.HistoryService;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A page of review history, newest first; {@code next} is the cursor of the following page, null on the last. */
public record HistoryResponse(List<Entry> items, String next) {

    /**
     * One log row: intervals in days (fractional for learning steps), {@code rating} absent on a manual row,
     * {@code box*} only for Leitner, {@code stability}/{@code difficulty} only for FSRS.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(UUID id, UUID cardId, Instant reviewedAt, Integer rating, String kind,
            SchedulerType algorithm, ReviewState stateBefore, ReviewState stateAfter, Double elapsedDays,
            Double intervalBefore, double intervalAfter, Integer boxBefore, Integer boxAfter, Double stability,
            Double difficulty, Long durationMs, Instant dueAt) {

        static Entry of(ReviewLog log) {
            return new Entry(log.id, log.cardId, log.reviewedAt, log.rating, log.kind, log.algorithm,
                    log.stateBefore, log.stateAfter, log.elapsedDays,
                    log.scheduledDaysBefore, log.scheduledDaysAfter, log.boxBefore, log.boxAfter, log.stabilityAfter,
                    log.difficultyAfter, log.durationMs, log.dueAfter);
        }
    }

    static HistoryResponse of(HistoryService.Page page) {
        return new HistoryResponse(page.rows().stream().map(Entry::of).toList(),
                page.next() == null ? null : page.next().encode());
    }
}
