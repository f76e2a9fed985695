package app.memoryvault.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import app.memoryvault.testing.quarkus.TestTokens;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The suite's flows through the gateway only: a card created in card-service reaches its owner's review queue through
 * the outbox, Kafka and review-service's inbox; no other user sees it; a redelivered event changes nothing; a review
 * travels back to the card's schedule in card-service.
 */
class CardToReviewFlowIT {

    private static final String REVIEW_CONSUMER_GROUP = "review-service";

    private static Suite suite;

    @BeforeAll
    static void startSuite() {
        suite = Suite.get();
        RestAssured.baseURI = suite.gateway().toString();
        RestAssured.port = suite.gateway().getPort();
    }

    @Test
    void shouldBringANewCardIntoItsOwnersDueQueueAndNobodyElses() {
        String deckId = createDeck("alice", "Spanish " + UUID.randomUUID());
        String cardId = createCard("alice", deckId, "hola", "hello");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(dueCardIds("alice")).contains(cardId));
        given().spec(as("alice")).when().get("/api/review/due")
                .then().statusCode(200);

        given().spec(as("bob")).when().get("/api/decks/" + deckId).then().statusCode(404);
        given().spec(as("bob")).when().get("/api/cards/" + cardId).then().statusCode(404);
        assertThat(given().spec(as("bob")).when().get("/api/decks").then().statusCode(200)
                .extract().<String>jsonPath().getList("items.id")).doesNotContain(deckId);
        assertThat(dueCardIds("bob")).doesNotContain(cardId);
    }

    @Test
    void shouldCarryAReviewBackToTheCardsSchedule() {
        String deckId = createDeck("dave", "Italian " + UUID.randomUUID());
        String cardId = createCard("dave", deckId, "ciao", "hello");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(dueCardIds("dave")).contains(cardId));

        given().spec(as("erin")).body(Map.of("rating", 3))
                .when().post("/api/review/" + cardId)
                .then().statusCode(404);
        given().spec(as("dave")).body(Map.of("rating", 3))
                .when().post("/api/review/" + cardId)
                .then().statusCode(200);

        // review-service publishes card-reviewed through its outbox; card-service applies it through its inbox.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().spec(as("dave")).when().get("/api/cards/" + cardId)
                        .then().statusCode(200)
                        .body("schedule.box", equalTo(2))
                        .body("schedule.lastReviewedAt", notNullValue()));
        assertThat(dueCardIds("dave")).doesNotContain(cardId);
    }

    @Test
    void shouldIgnoreARedeliveredCardEvent() {
        String deckId = createDeck("carol", "German " + UUID.randomUUID());
        String cardId = createCard("carol", deckId, "hallo", "hello");
        updateCardFront("carol", cardId, "guten Tag");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(dueFrontTexts("carol", cardId)).containsExactly("guten Tag"));

        try (CardEvents events = new CardEvents(suite.kafkaBootstrapServers())) {
            ConsumerRecord<String, String> created = events.awaitRecord(cardId, "card-created");
            RecordMetadata redelivered = events.redeliver(created);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(events.committedOffset(REVIEW_CONSUMER_GROUP, redelivered))
                            .isGreaterThan(redelivered.offset()));
        }

        assertThat(dueFrontTexts("carol", cardId)).containsExactly("guten Tag");
        assertThat(dueCardIds("carol")).containsOnlyOnce(cardId);
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(TestTokens.user(user)).contentType(ContentType.JSON);
    }

    private static String createDeck(String user, String name) {
        return given().spec(as(user)).body(Map.of("name", name))
                .when().post("/api/decks")
                .then().statusCode(201)
                .extract().path("id");
    }

    private static String createCard(String user, String deckId, String front, String back) {
        return given().spec(as(user))
                .body(Map.of("deckId", deckId,
                        "front", List.of(Map.of("kind", "text", "text", front)),
                        "back", List.of(Map.of("kind", "text", "text", back))))
                .when().post("/api/cards")
                .then().statusCode(201)
                .body("front[0].text", equalTo(front))
                .extract().path("id");
    }

    private static void updateCardFront(String user, String cardId, String front) {
        var current = given().spec(as(user)).when().get("/api/cards/" + cardId).then().statusCode(200).extract();
        String deckId = current.path("deckId");
        List<Object> back = current.path("back");
        given().spec(as(user)).header("If-Match", current.header("ETag"))
                .body(Map.of("deckId", deckId,
                        "front", List.of(Map.of("kind", "text", "text", front)),
                        "back", back))
                .when().put("/api/cards/" + cardId)
                .then().statusCode(200);
    }

    private static List<String> dueCardIds(String user) {
        return given().spec(as(user)).queryParam("limit", 100).when().get("/api/review/due")
                .then().statusCode(200)
                .extract().jsonPath().getList("items.card.id");
    }

    private static List<String> dueFrontTexts(String user, String cardId) {
        List<Map<String, Object>> items = given().spec(as(user)).queryParam("limit", 100).when().get("/api/review/due")
                .then().statusCode(200)
                .extract().jsonPath().getList("items");
        return items.stream()
                .map(item -> (Map<?, ?>) item.get("card"))
                .filter(card -> cardId.equals(card.get("id")))
                .flatMap(card -> ((List<?>) card.get("front")).stream())
                .map(front -> (String) ((Map<?, ?>) front).get("text"))
                .toList();
    }
}
