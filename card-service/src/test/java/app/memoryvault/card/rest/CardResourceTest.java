package app.memoryvault.card.rest;

import static app.memoryvault.card.support.Api.PROBLEM_JSON;
import static app.memoryvault.card.support.Api.as;
import static app.memoryvault.card.support.Api.createCard;
import static app.memoryvault.card.support.Api.createDeck;
import static app.memoryvault.card.support.Api.freshUser;
import static app.memoryvault.card.support.Api.textCard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import app.memoryvault.card.support.CardServiceTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@CardServiceTest
class CardResourceTest {

    private static Map<String, Object> text(String text) {
        return Map.of("kind", "text", "text", text);
    }

    private static Map<String, Object> card(String deckId, List<?> front, List<?> back, List<?> tags) {
        Map<String, Object> card = new HashMap<>();
        card.put("deckId", deckId);
        card.put("front", front);
        card.put("back", back);
        card.put("tags", tags);
        return card;
    }

    @Test
    void shouldCreateATextCardWithNormalisedTags() {
        String user = freshUser("ann");
        String deck = createDeck(user, "Spanish");
        Map<String, Object> body = card(deck, List.of(text("el perro"), text("(noun)")), List.of(text("the dog")),
                List.of(" Animals ", "animals", "NOUNS"));

        ExtractableResponse<Response> created = as(user).body(body).post("/api/cards")
                .then().statusCode(201)
                .body("deckId", equalTo(deck))
                .body("front.kind", contains("text", "text"))
                .body("front.text", contains("el perro", "(noun)"))
                .body("front[0]", not(hasKey("mediaId")))
                .body("back.text", contains("the dog"))
                .body("tags", contains("animals", "nouns"))
                .body("schedule.box", nullValue())
                .body("schedule.dueAt", nullValue())
                .body("schedule.lastReviewedAt", nullValue())
                .body("version", equalTo(0))
                .extract();

        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/cards/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        as(user).get("/api/cards/" + id).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("front.text", contains("el perro", "(noun)"))
                .body("tags", contains("animals", "nouns"))
                .body("createdAt", equalTo(created.path("createdAt")));
    }

    @Test
    void shouldCountTheCardInItsDeck() {
        String user = freshUser("ann");
        String deck = createDeck(user, "Counted");
        createCard(user, deck);

        as(user).get("/api/decks/" + deck).then().body("counts.cards", equalTo(1)).body("counts.new", equalTo(1));
    }

    @Test
    void shouldRejectMissingAndEmptyFields() {
        as(freshUser("ann")).body(card(null, List.of(), null, null)).post("/api/cards")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:memoryvault:problem:validation"))
                .body("errors.field", contains("back", "deckId", "front"));
    }

    @Test
    void shouldRejectMoreThanTwentyItemsOnASide() {
        String user = freshUser("ann");
        String deck = createDeck(user, "Long");
        List<Object> items = Collections.nCopies(21, text("x"));

        as(user).body(card(deck, items, List.of(text("y")), List.of())).post("/api/cards")
                .then().statusCode(400)
                .body("errors.field", contains("front"));
    }

    @Test
    void shouldRejectBlankAndOverlongTexts() {
        String user = freshUser("ann");
        String deck = createDeck(user, "Texts");

        as(user).body(card(deck, List.of(text(" ")), List.of(text("t".repeat(10_001))), List.of())).post("/api/cards")
                .then().statusCode(400)
                .body("errors.field", contains("back[0].text"));
        as(user).body(card(deck, List.of(text(" ")), List.of(text("ok")), List.of())).post("/api/cards")
                .then().statusCode(400)
                .body("errors.field", contains("front[0].text"));
    }

    @Test
    void shouldRejectAnUnknownItemKind() {
        String user = freshUser("ann");
        String deck = createDeck(user, "Kinds");

        as(user).body(card(deck, List.of(Map.of("kind", "video")), List.of(text("b")), List.of())).post("/api/cards")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("front[0].kind"));
    }

    @Test
    void shouldRejectBadTags() {
        String user = freshUser("ann");
        String deck = createDeck(user, "Tags");
        List<String> tooMany = IntStream.range(0, 21).mapToObj(i -> "t" + i).toList();

        as(user).body(card(deck, List.of(text("a")), List.of(text("b")), tooMany)).post("/api/cards")
                .then().statusCode(400)
                .body("errors.field", contains("tags"));
        as(user).body(card(deck, List.of(text("a")), List.of(text("b")), List.of("ok", " ", "x".repeat(51))))
                .post("/api/cards")
                .then().statusCode(400)
                .body("errors.field", contains("tags[1]", "tags[2]"));
    }

    @Test
    void shouldRejectADeckOfAnotherUser() {
        String othersDeck = createDeck(freshUser("bob"), "Bob's");

        as(freshUser("ann")).body(textCard(othersDeck, "a", "b")).post("/api/cards")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("deckId"));
    }

    @Test
    void shouldHideAnotherUsersCard() {
        String bob = freshUser("bob");
        String bobsDeck = createDeck(bob, "Private");
        String bobsCard = createCard(bob, bobsDeck);
        String ann = freshUser("ann");
        String annsDeck = createDeck(ann, "Mine");

        as(ann).get("/api/cards/" + bobsCard).then().statusCode(404).contentType(PROBLEM_JSON);
        as(ann).body(textCard(annsDeck, "a", "b")).put("/api/cards/" + bobsCard).then().statusCode(404);
        as(ann).delete("/api/cards/" + bobsCard).then().statusCode(404);
        as(ann).get("/api/cards").then().statusCode(200).body("items", equalTo(List.of()));
        as(ann).queryParam("deckId", bobsDeck).get("/api/cards").then().statusCode(200)
                .body("items", equalTo(List.of()));
        as(bob).get("/api/cards/" + bobsCard).then().statusCode(200);
    }

    @Test
    void shouldPageCardsOldestFirstByCursor() {
        String user = freshUser("ann");
        String deck = createDeck(user, "Paged");
        String other = createDeck(user, "Other");
        String first = createCard(user, deck);
        String second = createCard(user, deck);
        String third = createCard(user, deck);
        String elsewhere = createCard(user, other);

        ExtractableResponse<Response> page = as(user).queryParam("deckId", deck).queryParam("limit", 2)
                .get("/api/cards")
                .then().statusCode(200).body("items.id", contains(first, second)).extract();
        as(user).queryParam("deckId", deck).queryParam("limit", 2).queryParam("cursor", page.<String>path("next"))
                .get("/api/cards")
                .then().statusCode(200)
                .body("items.id", contains(third))
                .body("next", nullValue());
        as(user).get("/api/cards").then().statusCode(200)
                .body("items.id", contains(first, second, third, elsewhere));
    }

    @Test
    void shouldRejectBadListParameters() {
        String user = freshUser("ann");
        as(user).queryParam("limit", 0).get("/api/cards").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        as(user).queryParam("cursor", "bm90LWEtY3Vyc29y").get("/api/cards").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        as(user).queryParam("deckId", "42").get("/api/cards").then().statusCode(400)
                .body("errors[0].field", equalTo("deckId"));
    }

    @Test
    void shouldReplaceACardWithAMatchingIfMatch() {
        String user = freshUser("ann");
        String deck = createDeck(user, "Before");
        String target = createDeck(user, "After");
        String id = createCard(user, textCard(deck, "q", "a", "old")).path("id");

        as(user).header("If-Match", "\"0\"")
                .body(card(target, List.of(text("new q"), text("hint")), List.of(text("new a")), List.of("New")))
                .put("/api/cards/" + id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("deckId", equalTo(target))
                .body("front.text", contains("new q", "hint"))
                .body("back.text", contains("new a"))
                .body("tags", contains("new"))
                .body("version", equalTo(1));
        as(user).get("/api/cards/" + id).then().body("front.text", contains("new q", "hint"));
    }

    @Test
    void shouldRejectAStaleIfMatchAndLeaveTheCardUnchanged() {
        String user = freshUser("ann");
        String deck = createDeck(user, "Stale");
        String id = createCard(user, textCard(deck, "q", "a")).path("id");
        as(user).body(textCard(deck, "q2", "a2")).put("/api/cards/" + id).then().statusCode(200);

        as(user).header("If-Match", "\"0\"").body(textCard(deck, "lost", "lost")).put("/api/cards/" + id)
                .then().statusCode(412)
                .contentType(PROBLEM_JSON);
        as(user).header("If-Match", "\"0\"").delete("/api/cards/" + id).then().statusCode(412);

        as(user).get("/api/cards/" + id).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("front.text", contains("q2"));
    }

    @Test
    void shouldDeleteACard() {
        String user = freshUser("ann");
        String deck = createDeck(user, "Trash");
        String id = createCard(user, deck);

        as(user).header("If-Match", "\"0\"").delete("/api/cards/" + id).then().statusCode(204);

        as(user).get("/api/cards/" + id).then().statusCode(404);
        as(user).delete("/api/cards/" + id).then().statusCode(404);
        as(user).get("/api/cards").then().body("items", equalTo(List.of()));
        as(user).get("/api/decks/" + deck).then().body("counts.cards", equalTo(0));
    }
}
