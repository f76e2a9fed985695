package app.memoryvault.card.support;

import static io.restassured.RestAssured.given;

import app.memoryvault.testing.quarkus.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Calls of the card API as one user, for setting up the state a test is about. */
public final class Api {

    public static final String PROBLEM_JSON = "application/problem+json";

    private Api() {
    }

    /** A user no other test uses, so that lists start empty. */
    public static String freshUser(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static RequestSpecification as(String user) {
        return withToken(TestTokens.user(user));
    }

    /** Requests with this very token, e.g. the one the media-service stub expects. */
    public static RequestSpecification withToken(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    public static String createDeck(String user, String name) {
        return as(user).body(Map.of("name", name)).post("/api/decks")
                .then().statusCode(201).extract().path("id");
    }

    public static String createSubdeck(String user, String name, String parentId) {
        return as(user).body(Map.of("name", name, "parentId", parentId)).post("/api/decks")
                .then().statusCode(201).extract().path("id");
    }

    public static Map<String, Object> text(String text) {
        return Map.of("kind", "text", "text", text);
    }

    public static Map<String, Object> image(String mediaId) {
        return Map.of("kind", "image", "mediaId", mediaId);
    }

    public static Map<String, Object> audio(String mediaId) {
        return Map.of("kind", "audio", "mediaId", mediaId);
    }

    public static Map<String, Object> textCard(String deckId, String front, String back, String... tags) {
        return Map.of(
                "deckId", deckId,
                "front", List.of(Map.of("kind", "text", "text", front)),
                "back", List.of(Map.of("kind", "text", "text", back)),
                "tags", List.of(tags));
    }

    public static ExtractableResponse<Response> createCard(String user, Map<String, Object> card) {
        return as(user).body(card).post("/api/cards").then().statusCode(201).extract();
    }

    public static String createCard(String user, String deckId) {
        return createCard(user, textCard(deckId, "question", "answer")).path("id");
    }
}
