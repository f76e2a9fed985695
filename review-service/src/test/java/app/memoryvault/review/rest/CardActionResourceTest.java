package app.memoryvault.review.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import app.memoryvault.events.CardScheduleChanged;
import app.memoryvault.events.EventCodec;
import app.memoryvault.events.EventEnvelope;
import app.memoryvault.events.ReviewState;
import app.memoryvault.events.ScheduleChange;
import app.memoryvault.events.Topics;
import app.memoryvault.review.ReviewServiceTest;
import app.memoryvault.review.TestData;
import app.memoryvault.review.model.CardSchedule;
import app.memoryvault.testing.kafka.TestTopics;
import app.memoryvault.testing.quarkus.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@ReviewServiceTest
class CardActionResourceTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String KATE = TestTokens.subjectOf("kate");

    @Inject
    EventCodec codec;

    @Test
    void shouldTakeASuspendedCardOutOfTheQueueUntilItIsUnsuspended() {
        UUID deckId = UUID.randomUUID();
        UUID cardId = TestData.studiedCard(KATE, deckId, ReviewState.REVIEW, Instant.now().minus(Duration.ofDays(1)));

        action("kate", cardId, "suspend").statusCode(200)
                .body("cardId", equalTo(cardId.toString()))
                .body("suspended", equalTo(true))
                .body("state", equalTo("review"))
                .body("box", equalTo(3));
        action("kate", cardId, "suspend").statusCode(200).body("suspended", equalTo(true));
        assertThat(dueIds(deckId)).isEmpty();
        given().auth().oauth2(TestTokens.user("kate")).contentType(ContentType.JSON).body("{\"rating\": 3}")
                .when().post("/api/review/" + cardId)
                .then().statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:memoryvault:problem:card-suspended"));

        action("kate", cardId, "unsuspend").statusCode(200)
                .body("suspended", equalTo(false))
                .body("box", equalTo(3));
        assertThat(dueIds(deckId)).containsExactly(cardId.toString());
        CardSchedule card = QuarkusTransaction.requiringNew().call(() -> CardSchedule.findById(cardId));
        // the repeated suspend changed nothing and published nothing
        assertThat(TestData.scheduleChanges(cardId)).containsExactly(
                new CardScheduleChanged(cardId, deckId, ScheduleChange.SUSPENDED, true, 3, card.dueAt, null, null,
                        ReviewState.REVIEW),
                new CardScheduleChanged(cardId, deckId, ScheduleChange.UNSUSPENDED, false, 3, card.dueAt, null, null,
                        ReviewState.REVIEW));
    }

    @Test
    void shouldPublishAResetOnTheCardReviewedTopicKeyedByCard() {
        UUID deckId = UUID.randomUUID();
        UUID cardId = TestData.studiedCard(KATE, deckId, ReviewState.REVIEW, Instant.now().plus(Duration.ofDays(9)));

        action("kate", cardId, "reset").statusCode(200);

        List<ConsumerRecord<String, String>> events = TestTopics.read(Topics.CARD_REVIEWED,
                TestTopics.keyAndType(cardId.toString(), "card-schedule-changed"), 1, Duration.ofSeconds(30));
        assertThat(events).hasSize(1);
        EventEnvelope<JsonNode> envelope = codec.decode(events.getFirst().value());
        assertThat(envelope.ownerId()).isEqualTo(KATE);
        CardSchedule card = QuarkusTransaction.requiringNew().call(() -> CardSchedule.findById(cardId));
        assertThat(codec.payload(envelope, CardScheduleChanged.class)).isEqualTo(new CardScheduleChanged(cardId,
                deckId, ScheduleChange.RESET, false, 1, card.dueAt, null, null, ReviewState.NEW));
    }

    @Test
    void shouldResetACardToNewAndLogTheResetAsManual() {
        UUID deckId = UUID.randomUUID();
        UUID cardId = TestData.studiedCard(KATE, deckId, ReviewState.REVIEW, Instant.now().plus(Duration.ofDays(9)));
        assertThat(dueIds(deckId)).isEmpty();

        action("kate", cardId, "reset").statusCode(200)
                .body("state", equalTo("new"))
                .body("box", equalTo(1))
                .body("reps", equalTo(0))
                .body("lapses", equalTo(0))
                .body("$", not(hasKey("stability")));

        assertThat(dueIds(deckId)).containsExactly(cardId.toString());
        given().auth().oauth2(TestTokens.user("kate")).queryParam("cardId", cardId.toString())
                .when().get("/api/review/history")
                .then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].kind", equalTo("manual"))
                .body("items[0]", not(hasKey("rating")))
                .body("items[0].stateBefore", equalTo("review"))
                .body("items[0].stateAfter", equalTo("new"))
                .body("items[0].boxBefore", equalTo(3))
                .body("items[0].boxAfter", equalTo(1));
        // a reset is no study: the new-card limit still has all of today
        given().auth().oauth2(TestTokens.user("kate")).when().get("/api/review/due")
                .then().statusCode(200)
                .body("today.newStudied", equalTo(0));
    }

    @Test
    void shouldAnswer404ForAnotherUsersCardAndLeaveItAsItWas() {
        UUID cardId = TestData.studiedCard(KATE, UUID.randomUUID(), ReviewState.REVIEW,
                Instant.now().minus(Duration.ofDays(1)));

        for (String action : List.of("suspend", "unsuspend", "reset")) {
            action("bob", cardId, action).statusCode(404)
                    .contentType(PROBLEM_JSON)
                    .body("type", equalTo("urn:memoryvault:problem:not-found"));
        }
        CardSchedule card = QuarkusTransaction.requiringNew().call(() -> CardSchedule.findById(cardId));
        assertThat(card.suspended).isFalse();
        assertThat(card.state).isEqualTo(ReviewState.REVIEW);
        assertThat(TestData.scheduleChanges(cardId)).isEmpty();
    }

    @Test
    void shouldAnswer404ForAnUnknownCard() {
        action("kate", UUID.randomUUID(), "reset").statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldAnswer404ForACardIdThatIsNotAUuid() {
        // JAX-RS: a path parameter that does not convert names no resource
        action("kate", "not-a-uuid", "suspend").statusCode(404).contentType(PROBLEM_JSON);
    }

    private static ValidatableResponse action(String user, Object cardId, String action) {
        return given().auth().oauth2(TestTokens.user(user))
                .when().post("/api/review/" + cardId + "/" + action)
                .then();
    }

    private static List<String> dueIds(UUID deckId) {
        return given().auth().oauth2(TestTokens.user("kate")).queryParam("deckId", deckId.toString())
                .when().get("/api/review/due")
                .then().statusCode(200)
                .extract().jsonPath().getList("items.card.id");
    }
}
