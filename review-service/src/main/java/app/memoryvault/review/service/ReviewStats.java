package app.memoryvault.review.service;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A user's statistics, all in study days of their time zone and rollover hour (the body of GET stats). */
public record ReviewStats(String timeZone, int dayRolloverHour, LocalDate date, Activity today, Activity period,
        RetentionWindows retention,
        @Schema(description = "True retention in each of the last 52 study weeks, oldest first, the current (partial)"
                + " week last; study weeks start on Monday in the user's time zone and rollover hour; weeks without"
                + " answers are listed with zeros and null rates; with deckId, that deck's answers only")
        List<WeekRetention> retentionByWeek,
        Forecast forecast, Heatmap heatmap, CardCounts counts,
        Map<Integer, Long> leitnerBoxes, List<DeckStats> decks) {

    /** Answers in some days: count, time spent, passed (rating 2..4) and their share, and true retention. */
    public record Activity(int days, long reviews, long timeMs, long passed, Double passRate, Retention retention) {
    }

    /** True retention over the last 7, 30 and 365 study days (today included) and all time. */
    public record RetentionWindows(Retention last7Days, Retention last30Days, Retention last365Days,
            Retention allTime) {
    }

    /** Passes and fails of cards in review, first answer per card and day only; mature from 21 days. */
    public record Retention(Rate young, Rate mature, Rate total) {
    }

    /**
     * True retention in one study week: the seven study days from {@code weekStart}, a Monday (a week without
     * answers has zeros and null rates).
     */
    public record WeekRetention(
            @Schema(description = "The Monday the study week starts on (YYYY-MM-DD)") LocalDate weekStart,
            Rate young, Rate mature, Rate total) {
    }

    /** {@code rate} is passed / (passed + failed), null without any. */
    public record Rate(long passed, long failed, Double rate) {

        static Rate of(long passed, long failed) {
            long all = passed + failed;
            return new Rate(passed, failed, all == 0 ? null : (double) passed / all);
        }
    }

    /** Studied cards due before today ({@code overdue}) and on each of the next days, today first. */
    public record Forecast(long overdue, List<DayCount> days) {
    }

    /** Answers per day with any in the period, and the runs of consecutive days with answers. */
    public record Heatmap(List<DayCount> days, int currentStreak, int longestStreak) {
    }

    public record DayCount(LocalDate date, long count) {
    }

    /** Visible cards by category; {@code total} counts them all. */
    public record CardCounts(@JsonProperty("new") long newCards, long learning, long young, long mature,
            long suspended, long total) {
    }

    public record DeckStats(UUID deckId, CardCounts counts, Map<Integer, Long> leitnerBoxes) {
    }
}
