package app.memoryvault.review.service;

import app.memoryvault.review.repository.StatsRepository;
import app.memoryvault.review.repository.StatsRepository.DayRow;
import app.memoryvault.review.repository.StatsRepository.DueDay;
import app.memoryvault.review.service.ReviewStats.Activity;
import app.memoryvault.review.service.ReviewStats.DayCount;
import app.memoryvault.review.service.ReviewStats.Forecast;
import app.memoryvault.review.service.ReviewStats.Heatmap;
import app.memoryvault.review.service.ReviewStats.Rate;
import app.memoryvault.review.service.ReviewStats.Retention;
import app.memoryvault.review.service.ReviewStats.RetentionWindows;
import app.memoryvault.review.service.ReviewStats.WeekRetention;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A user's statistics (Anki's definitions, see notes/scheduling.md): today and the period, true retention (also week
 * by week), the forecast, the heatmap with streaks, and card counts. The database groups the log by study day and
 * the cards by category; this class only sums those few rows.
 */
@ApplicationScoped
public class StatsService {

    static final int FORECAST_DAYS = 30;
    static final int RETENTION_WEEKS = 52;

    private final StatsRepository repository;
    private final SettingsService settings;

    public StatsService(StatsRepository repository, SettingsService settings) {
        this.repository = repository;
        this.settings = settings;
    }

    /** Over all decks or one ({@code deckId}; a deck the caller has no cards in gives empty statistics). */
    @Transactional
    public ReviewStats stats(String ownerId, UUID deckId, int periodDays) {
        StudySettings studySettings = settings.settingsOf(ownerId);
        LocalDate today = studySettings.dayOf(Instant.now()).date();
        List<DayRow> days = repository.reviewDays(ownerId, deckId, studySettings.timeZone(),
                studySettings.dayRolloverHour());
        RetentionWindows retention = new RetentionWindows(retention(days, today, 7), retention(days, today, 30),
                retention(days, today, 365), retention(days, today, Integer.MAX_VALUE));
        Instant forecastEnd = StudyDay.of(today.plusDays(FORECAST_DAYS), studySettings.timeZone(),
                studySettings.dayRolloverHour()).start();
        Forecast forecast = forecast(repository.dueDays(ownerId, deckId, studySettings.timeZone(),
                studySettings.dayRolloverHour(), forecastEnd), today);
        CardStatistics cards = CardStatistics.of(repository.cardGroups(ownerId, deckId));
        return new ReviewStats(studySettings.timeZone().getId(), studySettings.dayRolloverHour(), today,
                activity(days, today, 1), activity(days, today, periodDays), retention,
                retentionByWeek(days, today), forecast,
                heatmap(days, today, periodDays), cards.total(), cards.leitnerBoxes(), cards.decks());
    }

    /** The last {@code span} study days, today included. */
    private static List<DayRow> within(List<DayRow> days, LocalDate today, int span) {
        if (span == Integer.MAX_VALUE) {
            return days;
        }
        LocalDate first = today.minusDays(span - 1L);
        return days.stream().filter(day -> !day.day().isBefore(first) && !day.day().isAfter(today)).toList();
    }

    private static Activity activity(List<DayRow> days, LocalDate today, int span) {
        List<DayRow> rows = within(days, today, span);
        long reviews = rows.stream().mapToLong(DayRow::reviews).sum();
        long passed = rows.stream().mapToLong(DayRow::passed).sum();
        return new Activity(span, reviews, rows.stream().mapToLong(DayRow::durationMs).sum(), passed,
                reviews == 0 ? null : (double) passed / reviews, retention(rows));
    }

    private static Retention retention(List<DayRow> days, LocalDate today, int span) {
        return retention(within(days, today, span));
    }

    private static Retention retention(List<DayRow> rows) {
        long youngPassed = rows.stream().mapToLong(DayRow::youngPassed).sum();
        long youngFailed = rows.stream().mapToLong(DayRow::youngFailed).sum();
        long maturePassed = rows.stream().mapToLong(DayRow::maturePassed).sum();
        long matureFailed = rows.stream().mapToLong(DayRow::matureFailed).sum();
        return new Retention(Rate.of(youngPassed, youngFailed), Rate.of(maturePassed, matureFailed),
                Rate.of(youngPassed + maturePassed, youngFailed + matureFailed));
    }

    /**
     * True retention in each of the last {@link #RETENTION_WEEKS} study weeks, oldest first, the current (partial)
     * one last; study weeks start on Monday, so a Monday answer before the rollover hour counts for the week before.
     */
    private static List<WeekRetention> retentionByWeek(List<DayRow> days, LocalDate today) {
        LocalDate first = weekOf(today).minusWeeks(RETENTION_WEEKS - 1L);
        Map<LocalDate, List<DayRow>> byWeek = days.stream()
                .filter(day -> !day.day().isBefore(first) && !day.day().isAfter(today))
                .collect(Collectors.groupingBy(day -> weekOf(day.day())));
        List<WeekRetention> weeks = new ArrayList<>();
        for (int i = 0; i < RETENTION_WEEKS; i++) {
            LocalDate weekStart = first.plusWeeks(i);
            Retention retention = retention(byWeek.getOrDefault(weekStart, List.of()));
            weeks.add(new WeekRetention(weekStart, retention.young(), retention.mature(), retention.total()));
        }
        return weeks;
    }

    private static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static Forecast forecast(List<DueDay> due, LocalDate today) {
        long overdue = due.stream().filter(day -> day.day().isBefore(today)).mapToLong(DueDay::cards).sum();
        Map<LocalDate, Long> byDay = due.stream().collect(Collectors.toMap(DueDay::day, DueDay::cards));
        List<DayCount> days = new ArrayList<>();
        for (int i = 0; i < FORECAST_DAYS; i++) {
            LocalDate day = today.plusDays(i);
            days.add(new DayCount(day, byDay.getOrDefault(day, 0L)));
        }
        return new Forecast(overdue, days);
    }

    /**
     * The current streak ends today, or yesterday while today has no answer yet (the day is not over); the longest
     * is over all time.
     */
    private static Heatmap heatmap(List<DayRow> days, LocalDate today, int span) {
        List<DayCount> counts = within(days, today, span).stream()
                .map(day -> new DayCount(day.day(), day.reviews()))
                .toList();
        Map<LocalDate, DayRow> byDay = days.stream().collect(Collectors.toMap(DayRow::day, Function.identity()));
        LocalDate day = byDay.containsKey(today) ? today : today.minusDays(1);
        int current = 0;
        while (byDay.containsKey(day)) {
            current++;
            day = day.minusDays(1);
        }
        int longest = 0;
        int run = 0;
        LocalDate previous = null;
        for (DayRow row : days) {
            run = previous != null && previous.plusDays(1).equals(row.day()) ? run + 1 : 1;
            longest = Math.max(longest, run);
            previous = row.day();
        }
        return new Heatmap(counts, current, longest);
    }
}
