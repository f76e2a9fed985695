package app.memoryvault.review.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import app.memoryvault.events.ReviewState;
import app.memoryvault.events.SchedulerType;
import app.memoryvault.review.ReviewServiceTest;
import app.memoryvault.review.TestData;
import app.memoryvault.review.model.CardContent;
import app.memoryvault.review.model.CardSchedule;
import app.memoryvault.review.model.ContentItem;
import app.memoryvault.review.model.DeckSetting;
import app.memoryvault.testing.quarkus.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

@ReviewServiceTest
class DueResourceTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String CAROL = TestTokens.subjectOf("carol");

    @Test
    void shouldAnswerAnEmptyQueueToANewUser() {
        given().auth().oauth2(TestTokens.user("newcomer"))
                .when().get("/api/review/due")
                .then().statusCode(200)
                .body("items.size()", equalTo(0))
                .body("counts.new", equalTo(0))
                .body("counts.learning", equalTo(0))
                .body("counts.review", equalTo(0));
    }

    @Test
    void shouldListOverdueCardsFirstThenNewCardsWithCountsOfAllThatIsDue() {
        UUID deckId = UUID.randomUUID();
        Instant now = Instant.now();
        UUID weekOverdue = studied(deckId, ReviewState.REVIEW, now.minus(7, ChronoUnit.DAYS), false);
        UUID hourOverdue = studied(deckId, ReviewState.RELEARNING, now.minus(1, ChronoUnit.HOURS), false);
        UUID newCard = unstudied(deckId, now.minus(30, ChronoUnit.DAYS));
        studied(deckId, ReviewState.REVIEW, now.plus(1, ChronoUnit.DAYS), false);
        studied(deckId, ReviewState.REVIEW, now.minus(2, ChronoUnit.DAYS), true);

        given().auth().oauth2(TestTokens.user("carol"))
                .queryParam("deckId", deckId.toString())
                .when().get("/api/review/due")
                .then().statusCode(200)
                .body("items.card.id", contains(weekOverdue.toString(), hourOverdue.toString(), newCard.toString()))
                .body("items.state", contains("review", "relearning", "new"))
                .body("items[0].card.front[0].text", equalTo("front"))
                .body("counts.new", equalTo(1))
                .body("counts.learning", equalTo(1))
                .body("counts.review", equalTo(1));

        given().auth().oauth2(TestTokens.user("carol"))
                .queryParam("deckId", deckId.toString())
                .queryParam("limit", 2)
                .when().get("/api/review/due")
                .then().statusCode(200)
                .body("items.card.id", contains(weekOverdue.toString(), hourOverdue.toString()))
                .body("counts.new", equalTo(1));
    }

    @Test
    void shouldListLearningCardsWhoseStepIsOverMostOverdueFirstInAllDecksAndCountThemAll() {
        String owner = TestTokens.subjectOf("lena");
        UUID deckA = UUID.randomUUID();
        UUID deckB = UUID.randomUUID();
        UUID deletedDeck = UUID.randomUUID();
        Instant now = Instant.now();
        UUID review = learner(owner, deckB, ReviewState.REVIEW, now.minus(10, ChronoUnit.DAYS), false);
        UUID a1 = learner(owner, deckA, ReviewState.LEARNING, now.minus(3, ChronoUnit.HOURS), false);
        UUID b1 = learner(owner, deckB, ReviewState.RELEARNING, now.minus(2, ChronoUnit.HOURS), false);
        UUID a2 = learner(owner, deckA, ReviewState.RELEARNING, now.minus(1, ChronoUnit.HOURS), false);
        UUID b2 = learner(owner, deckB, ReviewState.LEARNING, now.minus(30, ChronoUnit.MINUTES), false);
        Instant tie = now.minus(10, ChronoUnit.MINUTES);
        List<String> tied = Stream.of(learner(owner, deckA, ReviewState.LEARNING, tie, false),
                learner(owner, deckA, ReviewState.RELEARNING, tie, false)).sorted().map(UUID::toString).toList();
        // not in the queue: a step not over yet, a suspended card, a deleted card, a card of a deleted deck
        learner(owner, deckA, ReviewState.LEARNING, now.plus(5, ChronoUnit.MINUTES), false);
        learner(owner, deckB, ReviewState.RELEARNING, now.minus(4, ChronoUnit.HOURS), true);
        UUID deleted = learner(owner, deckA, ReviewState.LEARNING, now.minus(5, ChronoUnit.HOURS), false);
        learner(owner, deletedDeck, ReviewState.LEARNING, now.minus(6, ChronoUnit.HOURS), false);
        QuarkusTransaction.requiringNew().run(() -> {
            CardSchedule.<CardSchedule>findById(deleted).deleted = true;
            DeckSetting deck = DeckSetting.of(deletedDeck, owner);
            deck.markDeleted(now);
            deck.persist();
        });

        given().auth().oauth2(TestTokens.user("lena"))
                .when().get("/api/review/due")
                .then().statusCode(200)
                .body("items.card.id", contains(review.toString(), a1.toString(), b1.toString(), a2.toString(),
                        b2.toString(), tied.get(0), tied.get(1)))
                .body("counts.learning", equalTo(6))
                .body("counts.review", equalTo(1));
        given().auth().oauth2(TestTokens.user("lena"))
                .queryParam("limit", 3)
                .when().get("/api/review/due")
                .then().statusCode(200)
                .body("items.card.id", contains(review.toString(), a1.toString(), b1.toString()))
                .body("counts.learning", equalTo(6));
        given().auth().oauth2(TestTokens.user("lena"))
                .queryParam("deckId", deckA.toString())
                .when().get("/api/review/due")
                .then().statusCode(200)
                .body("items.card.id", contains(a1.toString(), a2.toString(), tied.get(0), tied.get(1)))
                .body("counts.learning", equalTo(4));
        given().auth().oauth2(TestTokens.user("lena"))
                .queryParam("deckId", deckA.toString())
                .queryParam("limit", 1)
                .when().get("/api/review/due")
                .then().statusCode(200)
                .body("items.card.id", contains(a1.toString()))
                .body("counts.learning", equalTo(4));
    }

    @Test
    void shouldPreviewTheIntervalOfEachRatingWithTheDecksScheduler() {
        UUID leitnerDeck = UUID.randomUUID();
        unstudied(leitnerDeck, Instant.now().minus(1, ChronoUnit.DAYS));
        UUID fsrsDeck = UUID.randomUUID();
        unstudied(fsrsDeck, Instant.now().minus(1, ChronoUnit.DAYS));
        QuarkusTransaction.requiringNew().run(() -> {
            DeckSetting deck = DeckSetting.of(fsrsDeck, CAROL);
            deck.applyScheduler(SchedulerType.FSRS, Instant.now());
            deck.persist();
        });

        due(leitnerDeck)
                .body("items[0].intervals.again", equalTo(1.0))
                .body("items[0].intervals.hard", equalTo(2.0))
                .body("items[0].intervals.good", equalTo(2.0))
                .body("items[0].intervals.easy", equalTo(2.0));
        double minute = 1.0 / (24 * 60);
        due(fsrsDeck)
                .body("items[0].intervals.again", closeTo(minute, 1e-9))
                .body("items[0].intervals.hard", closeTo(5.5 * minute, 1e-9))
                .body("items[0].intervals.good", closeTo(10 * minute, 1e-9))
                // 8 days before the fuzz, which stays within FSRS's range of 8 ± 1.775 days
                .body("items[0].intervals.easy", both(greaterThanOrEqualTo(6.0)).and(lessThanOrEqualTo(10.0)));
    }

    @Test
    void shouldRejectALimitOfZero() {
        given().auth().oauth2(TestTokens.user("alice"))
                .when().get("/api/review/due?limit=0")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:memoryvault:problem:validation"))
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void shouldRejectALimitAboveOneHundred() {
        given().auth().oauth2(TestTokens.user("alice"))
                .when().get("/api/review/due?limit=1000")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void shouldRejectADeckIdThatIsNotAUuid() {
        given().auth().oauth2(TestTokens.user("alice"))
                .when().get("/api/review/due?deckId=not-a-uuid")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("deckId"));
    }

    @Test
    void shouldAnswer401WithoutToken() {
        given().when().get("/api/review/due")
                .then().statusCode(401)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:memoryvault:problem:unauthenticated"));
    }

    @Test
    void shouldAnswer403WithoutTheUserRole() {
        given().auth().oauth2(TestTokens.withRoles("mallory", "guest"))
                .when().get("/api/review/due")
                .then().statusCode(403)
                .contentType(PROBLEM_JSON);
    }

    private static ValidatableResponse due(UUID deckId) {
        return given().config(RestAssuredConfig.config()
                        .jsonConfig(JsonConfig.jsonConfig().numberReturnType(NumberReturnType.DOUBLE)))
                .auth().oauth2(TestTokens.user("carol"))
                .queryParam("deckId", deckId.toString())
                .when().get("/api/review/due")
                .then().statusCode(200);
    }

    /** A studied card of {@code owner}, last reviewed a day before it is due. */
    private static UUID learner(String owner, UUID deckId, ReviewState state, Instant dueAt, boolean suspended) {
        return TestData.card(owner, deckId, SchedulerType.LEITNER, state, 2, dueAt.minus(1, ChronoUnit.DAYS), dueAt,
                suspended);
    }

    /** A card of Carol's studied before, stored as the scheduling will store it. */
    private static UUID studied(UUID deckId, ReviewState state, Instant dueAt, boolean suspended) {
        UUID cardId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            CardSchedule schedule = card(cardId, deckId, dueAt.minus(30, ChronoUnit.DAYS));
            schedule.state = state;
            schedule.dueAt = dueAt;
            schedule.box = 3;
            schedule.reps = 4;
            schedule.suspended = suspended;
            schedule.persist();
        });
        return cardId;
    }

    private static UUID unstudied(UUID deckId, Instant createdAt) {
        UUID cardId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> card(cardId, deckId, createdAt).persist());
        return cardId;
    }

    private static CardSchedule card(UUID cardId, UUID deckId, Instant createdAt) {
        CardSchedule schedule = CardSchedule.unstudied(cardId, CAROL, deckId, SchedulerType.LEITNER, createdAt);
        schedule.applyContent(deckId, new CardContent(List.of(new ContentItem("text", "front", null)),
                List.of(new ContentItem("text", "back", null)), List.of()), createdAt);
        return schedule;
    }
}
