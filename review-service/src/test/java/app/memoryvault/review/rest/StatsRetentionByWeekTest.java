package app.memoryvault.review.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;

import app.memoryvault.events.ReviewState;
import app.memoryvault.review.ReviewServiceTest;
import app.memoryvault.review.TestData;
import app.memoryvault.testing.quarkus.TestTokens;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * True retention week by week: answers spread over the last year in Tokyo study days (rollover 5 am), the weeks
 * they fall in worked out by hand in the comments. Weeks are counted back from the Monday of the current study week.
 */
@ReviewServiceTest
class StatsRetentionByWeekTest {

    private static final String WREN = TestTokens.subjectOf("wren");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final int ROLLOVER = 5;
    private static final JsonPathConfig DOUBLE_PATHS = JsonPathConfig.jsonPathConfig()
            .numberReturnType(NumberReturnType.DOUBLE);
    /** An answer a minute ago: in the current study week, unless that minute was before Monday's rollover. */
    private static final Instant RECENT = Instant.now().minus(Duration.ofMinutes(1));
    /** The Monday of the current study week. */
    private static final LocalDate WEEK_0 = monday(studyDate(Instant.now()));
    private static final UUID DECK_A = UUID.randomUUID();
    private static final UUID DECK_B = UUID.randomUUID();

    @BeforeAll
    static void wrensHistory() {
        TestData.settings(WREN, TOKYO.getId(), ROLLOVER, 20, 200);
        UUID cardA = TestData.newCard(WREN, DECK_A, Instant.now().minus(Duration.ofDays(800)));
        UUID cardB = TestData.newCard(WREN, DECK_B, Instant.now().minus(Duration.ofDays(800)));
        // 52 weeks back (the Sunday before the first listed week): left out
        log(cardA, local(week(51).minusDays(1), 12, 0), 3, 30);
        // week 51 back, the first listed, Wednesday: young pass (A)
        log(cardA, local(week(51).plusDays(2), 12, 0), 3, 5);
        // Monday of week 10 back at 4:30 am, before the rollover: Sunday's study day, week 11: mature fail (A)
        log(cardA, local(week(10), 4, 30), 1, 30);
        // week 10 back, Monday after the rollover: young fail (B); Sunday 11 pm: mature pass (B)
        log(cardB, local(week(10), 5, 30), 1, 5);
        log(cardB, local(week(10).plusDays(6), 23, 0), 3, 21);
        // week 3 back, Tuesday: two young passes (A); a new card's first answer and a second answer the same day
        // are not true retention
        log(cardA, local(week(3).plusDays(1), 12, 0), 3, 2);
        log(cardA, local(week(3).plusDays(1), 13, 0), 4, 10);
        TestData.logged(WREN, cardA, local(week(3).plusDays(1), 14, 0), 3, ReviewState.NEW, 0, null, 1_000);
        TestData.logged(WREN, cardA, local(week(3).plusDays(1), 15, 0), 1, ReviewState.REVIEW, 10, 1 / 24.0, 1_000);
        // a minute ago: mature pass (B)
        TestData.logged(WREN, cardB, RECENT, 3, ReviewState.REVIEW, 40, 40.0, 1_000);
    }

    @Test
    void shouldListTheLast52StudyWeeksFromMondayOldestFirstWithEmptyWeeks() {
        List<Map<String, Object>> weeks = weeks(null);
        assertThat(weeks).hasSize(52);
        for (int i = 0; i < 52; i++) {
            assertThat(weeks.get(i)).containsEntry("weekStart", week(51 - i).toString());
        }
        assertThat(weeks.get(0)).isEqualTo(week(51, rate(1, 0), rate(0, 0), rate(1, 0)));
        assertThat(weeks.get(1)).isEqualTo(week(50, rate(0, 0), rate(0, 0), rate(0, 0)));
        assertThat(weeks.get(51 - 11)).isEqualTo(week(11, rate(0, 0), rate(0, 1), rate(0, 1)));
        assertThat(weeks.get(51 - 10)).isEqualTo(week(10, rate(0, 1), rate(1, 0), rate(1, 1)));
        assertThat(weeks.get(51 - 3)).isEqualTo(week(3, rate(2, 0), rate(0, 0), rate(2, 0)));
        int recent = 51 - weeksBack(RECENT);
        assertThat(weeks.get(recent)).isEqualTo(week(weeksBack(RECENT), rate(0, 0), rate(1, 0), rate(1, 0)));
        // nothing else anywhere: 5 passes and 2 fails in all
        assertThat(total(weeks, "passed")).isEqualTo(5);
        assertThat(total(weeks, "failed")).isEqualTo(2);
    }

    @Test
    void shouldCountOnlyTheDecksAnswersWithADeckId() {
        List<Map<String, Object>> weeks = weeks(DECK_B);
        assertThat(weeks).hasSize(52);
        assertThat(weeks.get(0)).isEqualTo(week(51, rate(0, 0), rate(0, 0), rate(0, 0)));
        assertThat(weeks.get(51 - 11)).isEqualTo(week(11, rate(0, 0), rate(0, 0), rate(0, 0)));
        assertThat(weeks.get(51 - 10)).isEqualTo(week(10, rate(0, 1), rate(1, 0), rate(1, 1)));
        assertThat(weeks.get(51 - 3)).isEqualTo(week(3, rate(0, 0), rate(0, 0), rate(0, 0)));
        assertThat(total(weeks, "passed")).isEqualTo(2);
        assertThat(total(weeks, "failed")).isEqualTo(1);
    }

    @Test
    void shouldListEmptyWeeksToAnotherUser() {
        List<Map<String, Object>> weeks = given().auth().oauth2(TestTokens.user("bob"))
                .queryParam("deckId", DECK_A.toString())
                .when().get("/api/review/stats")
                .then().statusCode(200)
                .extract().jsonPath().using(DOUBLE_PATHS).getList("retentionByWeek");
        assertThat(weeks).hasSize(52).allSatisfy(week -> assertThat(week.get("total"))
                .isEqualTo(rate(0, 0)));
    }

    @Test
    void shouldDescribeTheWeeksInTheOpenApiDocument() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("components.schemas.ReviewStats.properties.retentionByWeek.items.$ref",
                        equalTo("#/components/schemas/WeekRetention"))
                .body("components.schemas.ReviewStats.properties.retentionByWeek.description",
                        containsString("last 52 study weeks, oldest first"))
                .body("components.schemas.WeekRetention.properties.weekStart.description",
                        containsString("Monday"))
                .body("components.schemas.WeekRetention.properties.total.$ref",
                        equalTo("#/components/schemas/Rate"));
    }

    private static List<Map<String, Object>> weeks(UUID deckId) {
        var request = given().auth().oauth2(TestTokens.user("wren"));
        if (deckId != null) {
            request = request.queryParam("deckId", deckId.toString());
        }
        return request.when().get("/api/review/stats")
                .then().statusCode(200)
                .extract().jsonPath().using(DOUBLE_PATHS).getList("retentionByWeek");
    }

    private static Map<String, Object> week(int back, Map<String, Object> young, Map<String, Object> mature,
            Map<String, Object> total) {
        return Map.of("weekStart", week(back).toString(), "young", young, "mature", mature, "total", total);
    }

    private static Map<String, Object> rate(int passed, int failed) {
        Map<String, Object> rate = new HashMap<>();
        rate.put("passed", passed);
        rate.put("failed", failed);
        rate.put("rate", passed + failed == 0 ? null : (double) passed / (passed + failed));
        return rate;
    }

    @SuppressWarnings("unchecked")
    private static int total(List<Map<String, Object>> weeks, String key) {
        return weeks.stream().mapToInt(week -> (Integer) ((Map<String, Object>) week.get("total")).get(key)).sum();
    }

    /** An answer to a card in review whose previous answer was {@code interval} days before (mature from 21). */
    private static void log(UUID cardId, Instant at, int rating, double interval) {
        TestData.logged(WREN, cardId, at, rating, ReviewState.REVIEW, interval, interval, 1_000);
    }

    private static LocalDate week(int back) {
        return WEEK_0.minusWeeks(back);
    }

    private static int weeksBack(Instant at) {
        return (int) (Duration.between(monday(studyDate(at)).atStartOfDay(), WEEK_0.atStartOfDay()).toDays() / 7);
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static Instant local(LocalDate date, int hour, int minute) {
        return date.atTime(hour, minute).atZone(TOKYO).toInstant();
    }

    /** Worked out here on the local clock, independently of the service's StudyDay. */
    private static LocalDate studyDate(Instant at) {
        ZonedDateTime local = at.atZone(TOKYO);
        return local.toLocalTime().isBefore(LocalTime.of(ROLLOVER, 0)) ? local.toLocalDate().minusDays(1)
                : local.toLocalDate();
    }
}
