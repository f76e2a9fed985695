package app.memoryvault.review.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import app.memoryvault.events.SchedulerType;
import app.memoryvault.events.Topics;
import app.memoryvault.review.ReviewServiceTest;
import app.memoryvault.review.model.CardContent;
import app.memoryvault.review.model.CardSchedule;
import app.memoryvault.review.model.ContentItem;
import app.memoryvault.review.model.DeckSetting;
import app.memoryvault.review.model.ReviewLog;
import app.memoryvault.testing.kafka.TestTopics;
import app.memoryvault.testing.quarkus.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ReviewServiceTest
class ReviewResourceTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String DAVE = TestTokens.subjectOf("dave");
    private static final RestAssuredConfig DOUBLES = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(NumberReturnType.DOUBLE));

    @Test
    void shouldMoveALeitnerCardUpOneBoxAndLogTheReview() {
        UUID cardId = card(SchedulerType.LEITNER);
        Instant before = Instant.now();

        review("dave", cardId, "{\"rating\": 3, \"durationMs\": 4200}", null).statusCode(200)
                .body("cardId", equalTo(cardId.toString()))
                .body("algorithm", equalTo("leitner"))
                .body("kind", equalTo("learn"))
                .body("state", equalTo("review"))
                .body("box", equalTo(2))
                .body("intervalDays", equalTo(2.0))
                .body("$", not(hasKey("stability")));

        ReviewLog log = onlyLogOf(cardId);
        assertThat(log.boxBefore).isEqualTo(1);
        assertThat(log.boxAfter).isEqualTo(2);
        assertThat(log.durationMs).isEqualTo(4200);
        assertThat(log.scheduledDaysAfter).isEqualTo(2.0);
        CardSchedule schedule = schedule(cardId);
        assertThat(schedule.box).isEqualTo(2);
        assertThat(schedule.reps).isEqualTo(1);
        assertThat(schedule.lastReviewAt).isAfterOrEqualTo(before.truncatedTo(ChronoUnit.MILLIS));
        assertThat(schedule.dueAt).isEqualTo(schedule.lastReviewAt.plus(Duration.ofDays(2)));
    }

    @Test
    void shouldScheduleAnFsrsCardWithItsDecksAlgorithm() {
        UUID cardId = card(SchedulerType.LEITNER);
        QuarkusTransaction.requiringNew().run(() -> {
            DeckSetting deck = DeckSetting.of(schedule(cardId).deckId, DAVE);
            deck.applyScheduler(SchedulerType.FSRS, Instant.now());
            deck.persist();
        });

        review("dave", cardId, "{\"rating\": 4}", null).statusCode(200)
                .body("algorithm", equalTo("fsrs"))
                .body("state", equalTo("review"))
                .body("stability", closeTo(8.2956, 1e-4))
                .body("difficulty", closeTo(1.0, 1e-4))
                .body("$", not(hasKey("box")));
        review("dave", cardId, "{\"rating\": 1}", null).statusCode(200)
                .body("kind", equalTo("review"))
                .body("state", equalTo("relearning"))
                .body("intervalDays", closeTo(10.0 / (24 * 60), 1e-9));

        assertThat(schedule(cardId).algorithm).isEqualTo(SchedulerType.FSRS);
        assertThat(schedule(cardId).lapses).isEqualTo(1);
    }

    @Test
    void shouldPublishCardReviewedThroughTheOutbox() {
        UUID cardId = card(SchedulerType.LEITNER);
        review("dave", cardId, "{\"rating\": 3}", null).statusCode(200);

        List<ConsumerRecord<String, String>> events = TestTopics.read(Topics.CARD_REVIEWED,
                TestTopics.keyAndType(cardId.toString(), "card-reviewed"), 1, Duration.ofSeconds(30));
        assertThat(events).hasSize(1);
        assertThat(events.getFirst().value()).contains("\"ownerId\":\"" + DAVE + "\"", "\"rating\":3", "\"box\":2",
                "\"state\":\"review\"");
    }

    @Test
    void shouldAnswerTheSameForTheSameIdempotencyKeyAndLogOnce() {
        UUID cardId = card(SchedulerType.LEITNER);
        String first = review("dave", cardId, "{\"rating\": 3}", "key-" + cardId).statusCode(200)
                .extract().asString();
        String retry = review("dave", cardId, "{\"rating\": 3}", "key-" + cardId).statusCode(200)
                .extract().asString();

        assertThat(retry).isEqualTo(first);
        assertThat(logsOf(cardId)).hasSize(1);
        assertThat(schedule(cardId).box).isEqualTo(2);
    }

    @Test
    void shouldApplyConcurrentReviewsOneAfterTheOther() throws Exception {
        UUID cardId = card(SchedulerType.LEITNER);
        int reviewers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(reviewers);
        try {
            List<Callable<Integer>> calls = IntStream.range(0, reviewers)
                    .<Callable<Integer>>mapToObj(i -> () -> review("dave", cardId, "{\"rating\": 3}", null)
                            .extract().statusCode())
                    .toList();
            for (Future<Integer> status : pool.invokeAll(calls)) {
                assertThat(status.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }

        List<ReviewLog> logs = logsOf(cardId);
        assertThat(logs).extracting(log -> log.boxBefore).containsExactly(1, 2, 3, 4);
        assertThat(logs).extracting(log -> log.boxAfter).containsExactly(2, 3, 4, 5);
        assertThat(schedule(cardId).reps).isEqualTo(reviewers);
    }

    @Test
    void shouldAnswer404ForAnotherUsersCard() {
        UUID cardId = card(SchedulerType.LEITNER);
        review("erin", cardId, "{\"rating\": 3}", null).statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:memoryvault:problem:not-found"));
        assertThat(logsOf(cardId)).isEmpty();
    }

    @Test
    void shouldAnswer404ForAnUnknownCard() {
        review("dave", UUID.randomUUID(), "{\"rating\": 3}", null).statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldRejectARatingOutsideOneToFour() {
        UUID cardId = card(SchedulerType.LEITNER);
        for (String body : List.of("{\"rating\": 0}", "{\"rating\": 5}", "{}")) {
            review("dave", cardId, body, null).statusCode(400)
                    .contentType(PROBLEM_JSON)
                    .body("type", equalTo("urn:memoryvault:problem:validation"));
        }
        assertThat(logsOf(cardId)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"rating\": 3, \"durationMs\": -1}", "{\"rating\": 3, \"reviewedAt\": \"yesterday\"}",
            "{\"rating\": \"good\"}", "{\"rating\": 3", "[]", ""})
    void shouldRejectABadBodyWithAProblem(String body) {
        UUID cardId = card(SchedulerType.LEITNER);
        review("dave", cardId, body, null).statusCode(400).contentType(PROBLEM_JSON);
        assertThat(logsOf(cardId)).isEmpty();
    }

    @Test
    void shouldRejectAnIdempotencyKeyOver200Characters() {
        UUID cardId = card(SchedulerType.LEITNER);
        review("dave", cardId, "{\"rating\": 3}", "k".repeat(201)).statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:memoryvault:problem:validation"));
        assertThat(logsOf(cardId)).isEmpty();
    }

    @Test
    void shouldAnswer409ForAnIdempotencyKeyReusedForAnotherCard() {
        UUID first = card(SchedulerType.LEITNER);
        UUID second = card(SchedulerType.LEITNER);
        review("dave", first, "{\"rating\": 3}", "key-" + first).statusCode(200);

        review("dave", second, "{\"rating\": 3}", "key-" + first).statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:memoryvault:problem:idempotency-key-reused"));
        assertThat(logsOf(second)).isEmpty();
    }

    @Test
    void shouldAnswer404ForACardIdThatIsNotAUuid() {
        given().auth().oauth2(TestTokens.user("dave")).contentType(ContentType.JSON).body("{\"rating\": 3}")
                .when().post("/api/review/not-a-uuid")
                .then().statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldRejectAReviewTimeInTheFuture() {
        UUID cardId = card(SchedulerType.LEITNER);
        String future = Instant.now().plus(Duration.ofHours(1)).toString();
        review("dave", cardId, "{\"rating\": 3, \"reviewedAt\": \"" + future + "\"}", null).statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:memoryvault:problem:validation"));
    }

    @Test
    void shouldRejectAReviewTimeBeforeTheLastReview() {
        UUID cardId = card(SchedulerType.LEITNER);
        review("dave", cardId, "{\"rating\": 3}", null).statusCode(200);
        String earlier = Instant.now().minus(Duration.ofHours(1)).toString();

        review("dave", cardId, "{\"rating\": 3, \"reviewedAt\": \"" + earlier + "\"}", null).statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:memoryvault:problem:validation"));
        assertThat(logsOf(cardId)).hasSize(1);
    }

    @Test
    void shouldAcceptAnEarlierReviewTimeOfANewCard() {
        UUID cardId = card(SchedulerType.LEITNER);
        Instant yesterday = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MILLIS);
        review("dave", cardId, "{\"rating\": 1, \"reviewedAt\": \"" + yesterday + "\"}", null).statusCode(200)
                .body("dueAt", equalTo(yesterday.plus(Duration.ofDays(1)).toString()));
    }

    private static ValidatableResponse review(String user, UUID cardId, String body, String idempotencyKey) {
        var request = given().config(DOUBLES).auth().oauth2(TestTokens.user(user)).contentType(ContentType.JSON).body(body);
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        return request.when().post("/api/review/" + cardId).then();
    }

    private static UUID card(SchedulerType algorithm) {
        UUID cardId = UUID.randomUUID();
        UUID deckId = UUID.randomUUID();
        Instant createdAt = Instant.now().minus(Duration.ofDays(30));
        QuarkusTransaction.requiringNew().run(() -> {
            CardSchedule schedule = CardSchedule.unstudied(cardId, DAVE, deckId, algorithm, createdAt);
            schedule.applyContent(deckId, new CardContent(List.of(new ContentItem("text", "front", null)),
                    List.of(new ContentItem("text", "back", null)), List.of()), createdAt);
            schedule.persist();
        });
        return cardId;
    }

    private static CardSchedule schedule(UUID cardId) {
        return QuarkusTransaction.requiringNew().call(() -> CardSchedule.<CardSchedule>findById(cardId));
    }

    private static List<ReviewLog> logsOf(UUID cardId) {
        return QuarkusTransaction.requiringNew().call(() -> ReviewLog.<ReviewLog>list("cardId", cardId)).stream()
                .sorted(Comparator.comparing((ReviewLog log) -> log.reviewedAt).thenComparing(log -> log.boxBefore))
                .toList();
    }

    private static ReviewLog onlyLogOf(UUID cardId) {
        List<ReviewLog> logs = logsOf(cardId);
        assertThat(logs).hasSize(1);
        return logs.getFirst();
    }
}
