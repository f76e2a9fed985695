package app.memoryvault.card.rest;

import static app.memoryvault.card.support.Api.PROBLEM_JSON;
import static app.memoryvault.card.support.Api.as;
import static app.memoryvault.card.support.Api.audio;
import static app.memoryvault.card.support.Api.createCard;
import static app.memoryvault.card.support.Api.createDeck;
import static app.memoryvault.card.support.Api.freshUser;
import static app.memoryvault.card.support.Api.image;
import static app.memoryvault.card.support.Api.text;
import static app.memoryvault.card.support.Api.withToken;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import app.memoryvault.card.support.CardServiceTest;
import app.memoryvault.card.support.MediaFiles;
import app.memoryvault.testing.quarkus.TestTokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@CardServiceTest
class CardMediaStatusFilterTest {

    @Test
    void shouldListCardsHavingAnyMediaItemInTheStatus() {
        String user = freshUser("ann");
        String token = TestTokens.user(user);
        String deck = createDeck(user, "Media");
        String ready = MediaFiles.readyImage(token);
        String pending = MediaFiles.pendingAudio(token);
        String failed = MediaFiles.file(token, Map.of("kind", "image", "status", "failed",
                "failureReason", "the image could not be decoded"));
        String readyOnly = create(token, deck, image(ready), text("a"));
        String readyAndPending = create(token, deck, image(ready), audio(pending));
        String failedOnly = create(token, deck, text("q"), image(failed));
        createCard(user, deck);
        String bob = freshUser("bob");
        String bobsToken = TestTokens.user(bob);
        create(bobsToken, createDeck(bob, "Bob's"), image(MediaFiles.readyImage(bobsToken)), text("a"));

        as(user).get("/api/cards?mediaStatus=ready").then().statusCode(200)
                .body("items.id", contains(readyOnly, readyAndPending));
        as(user).get("/api/cards?mediaStatus=pending").then().statusCode(200)
                .body("items.id", contains(readyAndPending));
        as(user).get("/api/cards?mediaStatus=failed").then().statusCode(200)
                .body("items.id", contains(failedOnly))
                .body("items[0].back[0].media.failureReason", equalTo("the image could not be decoded"));
        as(user).get("/api/cards?mediaStatus=ready&deckId=" + deck + "&limit=1").then().statusCode(200)
                .body("items.id", contains(readyOnly));
        as(freshUser("carol")).get("/api/cards?mediaStatus=ready").then().statusCode(200).body("items", empty());
    }

    @Test
    void shouldRejectAnUnknownMediaStatus() {
        as(freshUser("ann")).get("/api/cards?mediaStatus=processing").then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("mediaStatus"));
    }

    private static String create(String token, String deck, Map<String, Object> front, Map<String, Object> back) {
        return withToken(token).body(Map.of("deckId", deck, "front", List.of(front), "back", List.of(back)))
                .post("/api/cards").then().statusCode(201).extract().path("id");
    }
}
