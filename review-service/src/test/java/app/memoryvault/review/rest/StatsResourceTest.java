package app.memoryvault.review.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import app.memoryvault.events.ReviewState;
import app.memoryvault.events.SchedulerType;
import app.memoryvault.review.ReviewServiceTest;
import app.memoryvault.review.TestData;
import app.memoryvault.review.model.DeckSetting;
import app.memoryvault.testing.quarkus.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Statistics of a generated history, against figures worked out by hand (in the comments). */
@ReviewServiceTest
class StatsResourceTest {

    private static final String NORA = TestTokens.subjectOf("nora");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final int ROLLOVER = 4;
    private static final RestAssuredConfig DOUBLES = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(NumberReturnType.DOUBLE));
    private static final Instant NOW = Instant.now();
    private static final LocalDate TODAY = studyDate(NOW);
    private static final UUID DECK_A = UUID.randomUUID();
    private static final UUID DECK_B = UUID.randomUUID();
    private static final Map<LocalDate, Integer> DUE = new HashMap<>();

    /**
     * Twelve answers (rating, state before, interval before, elapsed days, ms) and eight cards. True retention
     * counts answers to cards in review whose previous answer was on an earlier study day; mature from 21 days.
     */
    private static synchronized void norasHistory() {
        if (!DUE.isEmpty()) {
            return;
        }
        TestData.settings(NORA, NEW_YORK.getId(), ROLLOVER, 20, 200);
        QuarkusTransaction.requiringNew().run(() -> {
            DeckSetting deck = DeckSetting.of(DECK_B, NORA);
            deck.applyScheduler(SchedulerType.FSRS, NOW);
            deck.persist();
        });
        Instant day = NOW.minus(Duration.ofDays(1));
        card(DECK_A, ReviewState.NEW, 1, null, NOW.minus(Duration.ofDays(20)), false);
        card(DECK_A, ReviewState.NEW, 1, null, NOW.minus(Duration.ofDays(20)), false);
        card(DECK_A, ReviewState.REVIEW, 3, day, local(TODAY.plusDays(2), 12, 0), false);
        card(DECK_A, ReviewState.REVIEW, 2, NOW.minus(Duration.ofDays(5)), NOW.minus(Duration.ofDays(3)), false);
        card(DECK_A, ReviewState.REVIEW, 4, day, NOW.plus(Duration.ofDays(7)), true);
        UUID mature = card(DECK_B, ReviewState.REVIEW, 1, NOW.minus(Duration.ofDays(30)),
                NOW.plus(Duration.ofDays(10)), false);
        card(DECK_B, ReviewState.LEARNING, 1, NOW.minus(Duration.ofMinutes(10)), NOW.plus(Duration.ofMinutes(10)),
                false);
        card(DECK_B, ReviewState.REVIEW, 1, NOW.minus(Duration.ofDays(2)), NOW.plus(Duration.ofDays(3)), false);

        UUID c1 = UUID.randomUUID();
        log(c1, local(TODAY, 10, 0), 3, ReviewState.REVIEW, 30, 30.0, 10_000);        // today, mature pass
        log(c1, local(TODAY, 11, 0), 1, ReviewState.REVIEW, 0, 1 / 24.0, 5_000);      // today, 2nd of c1: none
        log(UUID.randomUUID(), local(TODAY, 10, 30), 1, ReviewState.REVIEW, 5, 5.0, 8_000); // today, young fail
        log(UUID.randomUUID(), local(TODAY, 9, 0), 3, ReviewState.NEW, 0, null, 2_000);     // today, new: none
        // 3:30 am is before the rollover: yesterday's study day
        log(UUID.randomUUID(), local(TODAY, 3, 30), 3, ReviewState.REVIEW, 2, 2.0, 1_000);  // young pass
        log(mature, local(TODAY.minusDays(2), 12, 0), 4, ReviewState.REVIEW, 25, 25.0, 1_000); // mature pass
        log(UUID.randomUUID(), local(TODAY.minusDays(3), 12, 0), 2, ReviewState.REVIEW, 3, 3.0, 1_000); // young pass
        log(UUID.randomUUID(), local(TODAY.minusDays(10), 12, 0), 1, ReviewState.REVIEW, 25, 25.0, 1_000); // m. fail
        log(UUID.randomUUID(), local(TODAY.minusDays(11), 12, 0), 3, ReviewState.LEARNING, 0.01, 0.01, 1_000);
        log(UUID.randomUUID(), local(TODAY.minusDays(12), 12, 0), 3, ReviewState.LEARNING, 0.01, 0.01, 1_000);
        log(UUID.randomUUID(), local(TODAY.minusDays(100), 12, 0), 3, ReviewState.REVIEW, 40, 40.0, 1_000); // m.pass
        log(UUID.randomUUID(), local(TODAY.minusDays(400), 12, 0), 3, ReviewState.REVIEW, 10, 10.0, 1_000); // y.pass
    }

    @Test
    void shouldComputeTodayAndTrueRetentionPerWindowInTheUsersStudyDays() {
        norasHistory();
        stats("nora", null)
                .body("timeZone", equalTo("America/New_York"))
                .body("date", equalTo(TODAY.toString()))
                // today: 4 answers, 25 s, passed 2 (the mature pass and the new card)
                .body("today.reviews", equalTo(4))
                .body("today.timeMs", equalTo(25_000))
                .body("today.passRate", closeTo(0.5, 1e-9))
                // 7 days: young pass 2 (yesterday 3:30, day -3), young fail 1 (today), mature pass 2 (today, -2)
                .body("retention.last7Days.young.passed", equalTo(2))
                .body("retention.last7Days.young.failed", equalTo(1))
                .body("retention.last7Days.mature.passed", equalTo(2))
                .body("retention.last7Days.mature.failed", equalTo(0))
                .body("retention.last7Days.total.rate", closeTo(0.8, 1e-9))
                // 30 days: + mature fail (day -10)
                .body("retention.last30Days.mature.failed", equalTo(1))
                .body("retention.last30Days.total.rate", closeTo(4 / 6.0, 1e-9))
                // 365 days: + mature pass (day -100); all time: + young pass (day -400)
                .body("retention.last365Days.mature.passed", equalTo(3))
                .body("retention.allTime.young.passed", equalTo(3))
                .body("retention.allTime.total.rate", closeTo(0.75, 1e-9))
                // the period (365 days): all but day -400; passed: 8 of 11
                .body("period.reviews", equalTo(11))
                .body("period.passed", equalTo(8));
    }

    @Test
    void shouldMapTheHeatmapAndTheStreaks() {
        norasHistory();
        stats("nora", null)
                .body("heatmap.days.date", contains(days(100, 12, 11, 10, 3, 2, 1, 0)))
                .body("heatmap.days.count", contains(1, 1, 1, 1, 1, 1, 1, 4))
                .body("heatmap.currentStreak", equalTo(4))
                .body("heatmap.longestStreak", equalTo(4));
        given().auth().oauth2(TestTokens.user("nora")).queryParam("period", 7)
                .when().get("/api/review/stats")
                .then().statusCode(200)
                .body("heatmap.days.date", contains(days(3, 2, 1, 0)))
                .body("period.days", equalTo(7))
                // today 4, days -1, -2 and -3 one each
                .body("period.reviews", equalTo(7));
    }

    @Test
    void shouldCountCardsByCategoryBoxAndDeckAndForecastWhatFallsDue() {
        norasHistory();
        ValidatableResponse response = stats("nora", null)
                .body("counts.new", equalTo(2))
                .body("counts.learning", equalTo(1))
                .body("counts.young", equalTo(3))
                .body("counts.mature", equalTo(1))
                .body("counts.suspended", equalTo(1))
                .body("counts.total", equalTo(8))
                .body("leitnerBoxes", equalTo(Map.of("1", 2, "2", 1, "3", 1, "4", 1)))
                .body("forecast.overdue", equalTo(1))
                .body("forecast.days.size()", equalTo(30))
                .body("forecast.days[0].date", equalTo(TODAY.toString()));
        List<Integer> forecast = response.extract().jsonPath().getList("forecast.days.count");
        for (int i = 0; i < 30; i++) {
            assertThat(forecast.get(i)).as("due on day %d", i)
                    .isEqualTo(DUE.getOrDefault(TODAY.plusDays(i), 0));
        }
        Map<String, Object> deckA = deck(response, DECK_A);
        assertThat(deckA).containsEntry("leitnerBoxes", Map.of("1", 2, "2", 1, "3", 1, "4", 1));
        assertThat(deck(response, DECK_B)).containsEntry("leitnerBoxes", Map.of());
    }

    @Test
    void shouldLimitEverythingToOneDeck() {
        norasHistory();
        stats("nora", DECK_B)
                .body("today.reviews", equalTo(0))
                .body("today.passRate", nullValue())
                .body("retention.last7Days.mature.passed", equalTo(1))
                .body("retention.last7Days.young.rate", nullValue())
                .body("heatmap.days.date", contains(days(2)))
                .body("heatmap.currentStreak", equalTo(0))
                .body("heatmap.longestStreak", equalTo(1))
                .body("counts.total", equalTo(3))
                .body("counts.mature", equalTo(1))
                .body("leitnerBoxes", anEmptyMap())
                .body("forecast.overdue", equalTo(0))
                .body("decks.size()", equalTo(1));
    }

    @Test
    void shouldShowNothingOfAnotherUsersCards() {
        norasHistory();
        for (UUID deckId : new UUID[] {null, DECK_A}) {
            stats("bob", deckId)
                    .body("counts.total", equalTo(0))
                    .body("heatmap.days.size()", equalTo(0))
                    .body("retention.allTime.total.passed", equalTo(0))
                    .body("forecast.overdue", equalTo(0))
                    .body("decks.size()", equalTo(0));
        }
    }

    @ParameterizedTest
    @CsvSource({"period, 0", "period, 3651", "deckId, not-a-uuid"})
    void shouldRejectAnInvalidParameter(String name, String value) {
        given().auth().oauth2(TestTokens.user("nora")).queryParam(name, value)
                .when().get("/api/review/stats")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(name));
    }

    private static ValidatableResponse stats(String user, UUID deckId) {
        var request = given().config(DOUBLES).auth().oauth2(TestTokens.user(user));
        if (deckId != null) {
            request = request.queryParam("deckId", deckId.toString());
        }
        return request.when().get("/api/review/stats").then().statusCode(200);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deck(ValidatableResponse response, UUID deckId) {
        List<Map<String, Object>> decks = response.extract().jsonPath().getList("decks");
        return decks.stream().filter(deck -> deck.get("deckId").equals(deckId.toString())).findFirst().orElseThrow();
    }

    private static UUID card(UUID deckId, ReviewState state, int box, Instant lastReviewAt, Instant dueAt,
            boolean suspended) {
        SchedulerType algorithm = deckId.equals(DECK_B) ? SchedulerType.FSRS : SchedulerType.LEITNER;
        if (state != ReviewState.NEW && !suspended) {
            DUE.merge(studyDate(dueAt), 1, Integer::sum);
        }
        return TestData.card(NORA, deckId, algorithm, state, box, lastReviewAt, dueAt, suspended);
    }

    private static void log(UUID cardId, Instant at, int rating, ReviewState before, double intervalBefore,
            Double elapsedDays, long durationMs) {
        TestData.logged(NORA, cardId, at, rating, before, intervalBefore, elapsedDays, durationMs);
    }

    private static String[] days(int... daysAgo) {
        return Arrays.stream(daysAgo).mapToObj(ago -> TODAY.minusDays(ago).toString())
                .toArray(String[]::new);
    }

    private static Instant local(LocalDate date, int hour, int minute) {
        return date.atTime(hour, minute).atZone(NEW_YORK).toInstant();
    }

    /** Worked out here on the local clock, independently of the service's StudyDay. */
    private static LocalDate studyDate(Instant at) {
        ZonedDateTime local = at.atZone(NEW_YORK);
        return local.toLocalTime().isBefore(LocalTime.of(ROLLOVER, 0)) ? local.toLocalDate().minusDays(1)
                : local.toLocalDate();
    }
}
