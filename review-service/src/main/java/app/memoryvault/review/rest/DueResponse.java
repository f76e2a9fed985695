package app.memoryvault.review.rest;

import app.memoryvault.review.model.Algorithm;
import app.memoryvault.review.model.CardSchedule;
import app.memoryvault.review.model.ContentItem;
import app.memoryvault.review.model.ScheduleState;
import app.memoryvault.review.scheduling.Rating;
import app.memoryvault.review.service.DueQueue;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The body of {@code GET /api/review/due}: the first entries of the queue and how many cards are due by state. */
public record DueResponse(List<Entry> items, Counts counts) {

    /** One card to study; {@code box} only for Leitner cards. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(Card card, String state, Integer box, Instant dueAt, Intervals intervals) {
    }

    /** The days until the card would be due again after each rating, fractional for learning steps. */
    public record Intervals(double again, double hard, double good, double easy) {

        static Intervals of(Map<Rating, Double> days) {
            return new Intervals(days.get(Rating.AGAIN), days.get(Rating.HARD), days.get(Rating.GOOD),
                    days.get(Rating.EASY));
        }
    }

    public record Card(UUID id, UUID deckId, List<ContentItem> front, List<ContentItem> back, List<String> tags) {
    }

    /** Cards due now: never studied, in (re)learning steps, and in review. */
    public record Counts(@JsonProperty("new") long newCards, long learning, long review) {
    }

    static DueResponse of(DueQueue queue) {
        List<Entry> items = queue.cards().stream()
                .map(schedule -> entry(schedule, queue.intervals().get(schedule.cardId)))
                .toList();
        Map<ScheduleState, Long> due = queue.dueByState();
        Counts counts = new Counts(due.get(ScheduleState.NEW),
                due.get(ScheduleState.LEARNING) + due.get(ScheduleState.RELEARNING),
                due.get(ScheduleState.REVIEW));
        return new DueResponse(items, counts);
    }

    private static Entry entry(CardSchedule schedule, Map<Rating, Double> intervals) {
        Card card = new Card(schedule.cardId, schedule.deckId, schedule.content.front(), schedule.content.back(),
                schedule.content.tags());
        Integer box = schedule.algorithm == Algorithm.LEITNER ? schedule.box : null;
        return new Entry(card, schedule.state.value(), box, schedule.dueAt, Intervals.of(intervals));
    }
}
