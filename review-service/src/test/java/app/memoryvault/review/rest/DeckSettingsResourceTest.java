package app.memoryvault.review.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import app.memoryvault.review.ReviewServiceTest;
import app.memoryvault.review.TestData;
import app.memoryvault.review.model.DeckSetting;
import app.memoryvault.testing.quarkus.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ReviewServiceTest
class DeckSettingsResourceTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String OLGA = TestTokens.subjectOf("olga");

    @Test
    void shouldScheduleALeitnerCardWithItsDecksOwnIntervals() {
        UUID deckId = deck();
        get("olga", deckId).statusCode(200)
                .body("scheduler", equalTo("leitner"))
                .body("leitnerIntervals", contains(1, 2, 4, 8, 16))
                .body("defaultIntervals", equalTo(true));

        put("olga", deckId, "{\"leitnerIntervals\": [1, 3, 7]}").statusCode(200)
                .body("leitnerIntervals", contains(1, 3, 7))
                .body("defaultIntervals", equalTo(false));
        UUID cardId = TestData.newCard(OLGA, deckId, Instant.now().minusSeconds(3600));

        given().auth().oauth2(TestTokens.user("olga")).queryParam("deckId", deckId.toString())
                .when().get("/api/review/due")
                .then().statusCode(200)
                .body("items[0].intervals.again", equalTo(1.0f))
                .body("items[0].intervals.good", equalTo(3.0f));
        review(cardId).body("box", equalTo(2)).body("intervalDays", equalTo(3.0f));
        review(cardId).body("box", equalTo(3)).body("intervalDays", equalTo(7.0f));
        review(cardId).body("box", equalTo(3)).body("intervalDays", equalTo(7.0f));

        put("olga", deckId, "{\"leitnerIntervals\": null}").statusCode(200)
                .body("leitnerIntervals", contains(1, 2, 4, 8, 16))
                .body("defaultIntervals", equalTo(true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "[0, 2]", "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]", "[1, 36501]", "[1, null]",
            "[4, 2]"})
    void shouldRejectIntervalsThatMakeNoLeitnerBoxes(String intervals) {
        UUID deckId = deck();
        put("olga", deckId, "{\"leitnerIntervals\": " + intervals + "}").statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:memoryvault:problem:validation"))
                .body("errors[0].field", startsWith("leitnerIntervals"));
        get("olga", deckId).statusCode(200).body("defaultIntervals", equalTo(true));
    }

    @Test
    void shouldAnswer404ForAnotherUsersDeckOrAnUnknownOne() {
        UUID deckId = deck();
        get("bob", deckId).statusCode(404).contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:memoryvault:problem:not-found"));
        put("bob", deckId, "{\"leitnerIntervals\": [1, 2]}").statusCode(404).contentType(PROBLEM_JSON);
        get("olga", UUID.randomUUID()).statusCode(404);
        get("olga", deckId).statusCode(200).body("defaultIntervals", equalTo(true));
    }

    private static UUID deck() {
        UUID deckId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> DeckSetting.of(deckId, OLGA).persist());
        return deckId;
    }

    private static ValidatableResponse get(String user, UUID deckId) {
        return given().auth().oauth2(TestTokens.user(user))
                .when().get("/api/review/decks/" + deckId + "/settings")
                .then();
    }

    private static ValidatableResponse put(String user, UUID deckId, String body) {
        return given().auth().oauth2(TestTokens.user(user)).contentType(ContentType.JSON).body(body)
                .when().put("/api/review/decks/" + deckId + "/settings")
                .then();
    }

    private static ValidatableResponse review(UUID cardId) {
        return given().auth().oauth2(TestTokens.user("olga")).contentType(ContentType.JSON).body("{\"rating\": 3}")
                .when().post("/api/review/" + cardId)
                .then().statusCode(200);
    }
}
