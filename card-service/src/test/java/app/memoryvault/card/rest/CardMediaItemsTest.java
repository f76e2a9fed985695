package app.memoryvault.card.rest;

import static app.memoryvault.card.support.Api.PROBLEM_JSON;
import static app.memoryvault.card.support.Api.as;
import static app.memoryvault.card.support.Api.audio;
import static app.memoryvault.card.support.Api.createDeck;
import static app.memoryvault.card.support.Api.freshUser;
import static app.memoryvault.card.support.Api.image;
import static app.memoryvault.card.support.Api.text;
import static app.memoryvault.card.support.Api.withToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import app.memoryvault.card.support.CardEvents;
import app.memoryvault.card.support.CardServiceTest;
import app.memoryvault.card.support.MediaFiles;
import app.memoryvault.testing.quarkus.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.Fault;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@CardServiceTest
class CardMediaItemsTest {

    private static Map<String, Object> card(String deckId, List<?> front, List<?> back) {
        Map<String, Object> card = new HashMap<>();
        card.put("deckId", deckId);
        card.put("front", front);
        card.put("back", back);
        return card;
    }

    @Test
    void shouldCreateACardWithMediaItemsShowingStatusDimensionsAndVariantLinks() throws Exception {
        String user = freshUser("ann");
        String token = TestTokens.user(user);
        String deck = createDeck(user, "Birds");
        String picture = MediaFiles.readyImage(token);
        String song = MediaFiles.pendingAudio(token);
        Map<String, Object> caption = Map.of("kind", "image", "mediaId", picture, "text", "a <b>robin</b>");

        String id = withToken(token).body(card(deck, List.of(text("Which bird?"), caption), List.of(audio(song))))
                .post("/api/cards")
                .then().statusCode(201)
                .body("front.kind", contains("text", "image"))
                .body("front[1].mediaId", equalTo(picture))
                .body("front[1].text", equalTo("a <b>robin</b>"))
                .body("front[1].media.status", equalTo("ready"))
                .body("front[1].media.width", equalTo(800))
                .body("front[1].media.height", equalTo(600))
                .body("front[1].media.links.thumb200",
                        equalTo("/api/files/" + picture + "/content?variant=thumb200"))
                .body("front[1].media.links.display", equalTo("/api/files/" + picture + "/content?variant=display"))
                .body("front[0]", not(hasKey("media")))
                .body("back[0].kind", equalTo("audio"))
                .body("back[0].media.status", equalTo("pending"))
                .body("back[0].media", not(hasKey("links")))
                .extract().path("id");

        withToken(token).get("/api/cards/" + id).then().statusCode(200)
                .body("front[1].media.links.thumb400", equalTo("/api/files/" + picture + "/content?variant=thumb400"))
                .body("back[0].media.status", equalTo("pending"));
        JsonNode created = CardEvents.awaitPayload(id, "card-created", 1);
        assertThat(created.get("front").get(1).get("mediaId").asText()).isEqualTo(picture);
        assertThat(created.get("back").get(0).get("kind").asText()).isEqualTo("audio");
    }

    @Test
    void shouldAskMediaServiceOncePerFileWithTheCallersToken() {
        String user = freshUser("ann");
        String token = TestTokens.user(user);
        String deck = createDeck(user, "Twice");
        String picture = MediaFiles.readyImage(token);

        withToken(token).body(card(deck, List.of(image(picture)), List.of(image(picture), text("b"))))
                .post("/api/cards").then().statusCode(201);

        assertThat(MediaFiles.asked(picture)).isEqualTo(1);
    }

    @Test
    void shouldRefuseAnotherUsersAndUnknownMediaNamingEachItem() {
        String bobsPicture = MediaFiles.readyImage(TestTokens.user(freshUser("bob")));
        String ann = freshUser("ann");
        String deck = createDeck(ann, "Borrowed");

        as(ann).body(card(deck, List.of(text("a"), image(bobsPicture)),
                        List.of(audio(UUID.randomUUID().toString()))))
                .post("/api/cards")
                .then().statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:memoryvault:problem:unusable-media"))
                .body("errors.field", contains("back[0].mediaId", "front[1].mediaId"))
                .body("errors[1].message", equalTo("is not one of your media files"));

        as(ann).get("/api/cards").then().body("items", equalTo(List.of()));
    }

    @Test
    void shouldRefuseMediaOfTheOtherKind() {
        String user = freshUser("ann");
        String token = TestTokens.user(user);
        String deck = createDeck(user, "Kinds");
        String song = MediaFiles.readyAudio(token);
        String picture = MediaFiles.readyImage(token);

        withToken(token).body(card(deck, List.of(image(song)), List.of(audio(picture)))).post("/api/cards")
                .then().statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("errors.field", contains("back[0].mediaId", "front[0].mediaId"))
                .body("errors.message", contains("is an image file, not an audio file",
                        "is an audio file, not an image"));
    }

    @Test
    void shouldRejectAMediaItemWithoutItsMediaIdBeforeAskingMediaService() {
        String user = freshUser("ann");
        String deck = createDeck(user, "Missing");

        as(user).body(card(deck, List.of(Map.of("kind", "image")), List.of(text("b")))).post("/api/cards")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", contains("front[0].mediaId"));
        as(user).body(card(deck, List.of(Map.of("kind", "audio", "mediaId", "not-a-uuid")), List.of(text("b"))))
                .post("/api/cards")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void shouldAnswer503AndStoreNothingWhenMediaServiceFailsIsSlowOrUnreachable() {
        String user = freshUser("ann");
        String token = TestTokens.user(user);
        String deck = createDeck(user, "Down");
        String failing = UUID.randomUUID().toString();
        MediaFiles.answer(token, failing, MediaFiles.status(500));
        String slow = MediaFiles.readyImage(token);
        MediaFiles.answer(token, slow, MediaFiles.status(200).withFixedDelay(6_000));
        String reset = UUID.randomUUID().toString();
        MediaFiles.answer(token, reset, MediaFiles.status(200).withFault(Fault.CONNECTION_RESET_BY_PEER));

        for (String id : List.of(failing, slow, reset)) {
            withToken(token).body(card(deck, List.of(image(id)), List.of(text("b")))).post("/api/cards")
                    .then().statusCode(503)
                    .contentType(PROBLEM_JSON)
                    .body("type", equalTo("urn:memoryvault:problem:media-service-unavailable"));
        }
        as(user).get("/api/cards").then().body("items", equalTo(List.of()));
        as(user).get("/api/decks/" + deck).then().body("counts.cards", equalTo(0));
    }

    @Test
    void shouldCheckMediaOnUpdateAndLeaveTheCardUnchangedWhenRefused() {
        String user = freshUser("ann");
        String token = TestTokens.user(user);
        String deck = createDeck(user, "Updated");
        String id = withToken(token).body(card(deck, List.of(text("q")), List.of(text("a")))).post("/api/cards")
                .then().statusCode(201).extract().path("id");
        String picture = MediaFiles.pendingImage(token);

        withToken(token).header("If-Match", "\"0\"")
                .body(card(deck, List.of(text("q"), image(picture)), List.of(text("a")))).put("/api/cards/" + id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("front[1].media.status", equalTo("pending"))
                .body("front[1].media", not(hasKey("links")));
        as(user).header("If-Match", "\"1\"")
                .body(card(deck, List.of(image(UUID.randomUUID().toString())), List.of(text("a"))))
                .put("/api/cards/" + id)
                .then().statusCode(422)
                .body("errors.field", contains("front[0].mediaId"));

        withToken(token).get("/api/cards/" + id).then()
                .header("ETag", "\"1\"")
                .body("front[1].mediaId", equalTo(picture));
    }

    @Test
    void shouldCheckMediaAgainOnRestoreAndKeepTheCardInTheTrashWhenAFileIsGone() {
        String user = freshUser("ann");
        String token = TestTokens.user(user);
        String deck = createDeck(user, "Restored");
        String picture = MediaFiles.readyImage(token);
        String id = withToken(token).body(card(deck, List.of(text("q")), List.of(image(picture))))
                .post("/api/cards").then().statusCode(201).extract().path("id");
        withToken(token).delete("/api/cards/" + id).then().statusCode(204);

        MediaFiles.answer(token, picture, MediaFiles.status(503));
        withToken(token).post("/api/cards/" + id + "/restore").then().statusCode(503).contentType(PROBLEM_JSON);
        MediaFiles.answer(token, picture, MediaFiles.status(404));
        withToken(token).post("/api/cards/" + id + "/restore").then().statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("errors.field", contains("back[0].mediaId"));
        withToken(token).get("/api/cards/" + id).then().statusCode(404);

        MediaFiles.readyImage(token, picture);
        withToken(token).post("/api/cards/" + id + "/restore").then().statusCode(200)
                .body("back[0].media.status", equalTo("ready"));
    }

    @Test
    void shouldNotLetAnotherUserUpdateACardWithMedia() {
        String bob = freshUser("bob");
        String bobsDeck = createDeck(bob, "Bob's");
        String bobsCard = as(bob).body(card(bobsDeck, List.of(text("q")), List.of(text("a")))).post("/api/cards")
                .then().statusCode(201).extract().path("id");
        String ann = freshUser("ann");
        String annsToken = TestTokens.user(ann);
        String annsDeck = createDeck(ann, "Ann's");
        String picture = MediaFiles.readyImage(annsToken);

        withToken(annsToken).body(card(annsDeck, List.of(image(picture)), List.of(text("a"))))
                .put("/api/cards/" + bobsCard)
                .then().statusCode(404)
                .contentType(PROBLEM_JSON);
        as(bob).get("/api/cards/" + bobsCard).then().body("front[0].kind", equalTo("text"))
                .body("front[0].media", nullValue());
    }
}
