package app.memoryvault.review.rest;

import app.memoryvault.events.ReviewState;
import app.memoryvault.events.SchedulerType;
import app.memoryvault.review.model.CardSchedule;
import app.memoryvault.review.model.ContentItem;
import app.memoryvault.review.scheduling.Rating;
import app.memoryvault.review.service.DueQueue;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The body of {@code GET /api/review/due}: the first entries of the queue, how many cards are left to study now and
 * the study day's progress against the daily limits.
 */
public record DueResponse(List<Entry> items, Counts counts, Today today) {

    /** One card to study; {@code box} only for Leitner cards. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(Card card, ReviewState state, Integer box, Instant dueAt, Intervals intervals) {
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

    /** Cards left to study now: never studied and in review within the daily limits, (re)learning due now. */
    public record Counts(@JsonProperty("new") long newCards, long learning, long review) {
    }

    /** The study day (it starts at the rollover hour of the user's time zone) and its progress. */
    public record Today(LocalDate date, Instant startsAt, Instant endsAt, long newStudied, long reviewsDone,
            long newLeft, long reviewsLeft) {
    }

    static DueResponse of(DueQueue queue) {
        List<Entry> items = queue.cards().stream()
                .map(schedule -> entry(schedule, queue.intervals().get(schedule.cardId)))
                .toList();
        DueQueue.Counts counts = queue.counts();
        DueQueue.Today today = queue.today();
        return new DueResponse(items, new Counts(counts.newCards(), counts.learning(), counts.review()),
                new Today(today.day().date(), today.day().start(), today.day().end(), today.newStudied(),
                        today.reviewsDone(), today.newLeft(), today.reviewsLeft()));
    }

    private static Entry entry(CardSchedule schedule, Map<Rating, Double> intervals) {
        Card card = new Card(schedule.cardId, schedule.deckId, schedule.content.front(), schedule.content.back(),
                schedule.content.tags());
        Integer box = schedule.algorithm == SchedulerType.LEITNER ? schedule.box : null;
        return new Entry(card, schedule.state, box, schedule.dueAt, Intervals.of(intervals));
    }
}
