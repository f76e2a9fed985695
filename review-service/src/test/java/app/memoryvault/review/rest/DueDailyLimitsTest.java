package app.memoryvault.review.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import app.memoryvault.events.ReviewState;
import app.memoryvault.review.ReviewServiceTest;
import app.memoryvault.review.TestData;
import app.memoryvault.testing.quarkus.TestTokens;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The due queue within the daily limits of a study day that starts at the rollover hour of the user's zone. */
@ReviewServiceTest
class DueDailyLimitsTest {

    /** Half-hour offset, so that a day computed in UTC or at midnight lands elsewhere. */
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final int ROLLOVER = 4;

    @Test
    void shouldCountOnlyWhatWasStudiedSinceTheRolloverInTheUsersTimeZone() {
        String frank = TestTokens.subjectOf("frank");
        TestData.settings(frank, KOLKATA.getId(), ROLLOVER, 3, 2);
        Instant dayStart = studyDayStart(Instant.now());
        Instant dayEnd = dayStart.atZone(KOLKATA).plusDays(1).toInstant();
        UUID deckId = UUID.randomUUID();
        // yesterday's study day ends a minute before today's starts: five new cards and two reviews then
        for (int i = 0; i < 5; i++) {
            TestData.logged(frank, UUID.randomUUID(), dayStart.minus(Duration.ofMinutes(1)), 3, ReviewState.NEW,
                    0, null, 1000);
        }
        for (int i = 0; i < 2; i++) {
            TestData.logged(frank, UUID.randomUUID(), dayStart.minus(Duration.ofMinutes(1)), 3,
                    ReviewState.REVIEW, 4, 4.0, 1000);
        }
        // today: two new cards and one review
        for (int i = 0; i < 2; i++) {
            TestData.logged(frank, UUID.randomUUID(), dayStart.plus(Duration.ofMinutes(1)), 3, ReviewState.NEW,
                    0, null, 1000);
        }
        TestData.logged(frank, UUID.randomUUID(), dayStart.plus(Duration.ofMinutes(1)), 3, ReviewState.REVIEW,
                4, 4.0, 1000);
        Instant now = Instant.now();
        UUID firstNew = TestData.newCard(frank, deckId, now.minus(Duration.ofDays(3)));
        for (int i = 0; i < 4; i++) {
            TestData.newCard(frank, deckId, now.minus(Duration.ofDays(2)));
        }
        UUID mostOverdue = TestData.studiedCard(frank, deckId, ReviewState.REVIEW, now.minus(Duration.ofDays(5)));
        TestData.studiedCard(frank, deckId, ReviewState.REVIEW, now.minus(Duration.ofDays(1)));
        UUID laterToday = TestData.studiedCard(frank, deckId, ReviewState.REVIEW, dayEnd.minusSeconds(1));
        TestData.studiedCard(frank, deckId, ReviewState.REVIEW, dayEnd.plus(Duration.ofMinutes(1)));
        UUID learning = TestData.studiedCard(frank, deckId, ReviewState.LEARNING, now.minus(Duration.ofHours(2)));
        TestData.studiedCard(frank, deckId, ReviewState.RELEARNING, now.plus(Duration.ofMinutes(10)));

        // limits 3 new and 2 reviews, 2 new and 1 review done today: one of each is left; learning is never held
        due("frank")
                .body("today.date", equalTo(studyDate(now).toString()))
                .body("today.startsAt", equalTo(dayStart.toString()))
                .body("today.endsAt", equalTo(dayEnd.toString()))
                .body("today.newStudied", equalTo(2))
                .body("today.reviewsDone", equalTo(1))
                .body("today.newLeft", equalTo(1))
                .body("today.reviewsLeft", equalTo(1))
                .body("counts.new", equalTo(1))
                .body("counts.learning", equalTo(1))
                .body("counts.review", equalTo(1))
                .body("items.card.id", contains(mostOverdue.toString(), learning.toString(), firstNew.toString()));

        // higher limits: every review due before the next rollover, not the one a minute after it
        TestData.settings(frank, KOLKATA.getId(), ROLLOVER, 100, 100);
        due("frank")
                .body("today.newLeft", equalTo(98))
                .body("today.reviewsLeft", equalTo(99))
                .body("counts.new", equalTo(5))
                .body("counts.review", equalTo(3))
                .body("items[3].card.id", equalTo(laterToday.toString()))
                .body("items.size()", equalTo(9));
    }

    @Test
    void shouldHoldBackNewAndReviewCardsOnceTheLimitsAreReached() {
        String gina = TestTokens.subjectOf("gina");
        TestData.settings(gina, KOLKATA.getId(), ROLLOVER, 1, 1);
        Instant now = Instant.now();
        TestData.logged(gina, UUID.randomUUID(), now.minusSeconds(5), 3, ReviewState.NEW, 0, null, 1000);
        TestData.logged(gina, UUID.randomUUID(), now.minusSeconds(5), 3, ReviewState.REVIEW, 4, 4.0, 1000);
        UUID deckId = UUID.randomUUID();
        TestData.newCard(gina, deckId, now.minus(Duration.ofDays(1)));
        TestData.studiedCard(gina, deckId, ReviewState.REVIEW, now.minus(Duration.ofDays(1)));
        UUID relearning = TestData.studiedCard(gina, deckId, ReviewState.RELEARNING, now.minusSeconds(60));

        due("gina")
                .body("today.newLeft", equalTo(0))
                .body("today.reviewsLeft", equalTo(0))
                .body("counts.new", equalTo(0))
                .body("counts.review", equalTo(0))
                .body("counts.learning", equalTo(1))
                .body("items.card.id", contains(relearning.toString()));
    }

    private static ValidatableResponse due(String user) {
        return given().auth().oauth2(TestTokens.user(user))
                .when().get("/api/review/due")
                .then().statusCode(200);
    }

    /** Worked out here on the local clock, independently of the service's StudyDay. */
    private static LocalDate studyDate(Instant at) {
        ZonedDateTime local = at.atZone(KOLKATA);
        return local.toLocalTime().isBefore(LocalTime.of(ROLLOVER, 0)) ? local.toLocalDate().minusDays(1)
                : local.toLocalDate();
    }

    private static Instant studyDayStart(Instant at) {
        return studyDate(at).atTime(ROLLOVER, 0).atZone(KOLKATA).toInstant().truncatedTo(ChronoUnit.SECONDS);
    }
}
