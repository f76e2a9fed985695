package app.memoryvault.card.rest;

import static app.memoryvault.card.support.Api.PROBLEM_JSON;
import static app.memoryvault.card.support.Api.as;
import static app.memoryvault.card.support.Api.createCard;
import static app.memoryvault.card.support.Api.createDeck;
import static app.memoryvault.card.support.Api.freshUser;
import static app.memoryvault.card.support.Api.textCard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import app.memoryvault.card.support.CardEvents;
import app.memoryvault.card.support.CardServiceTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

@CardServiceTest
class TagResourceTest {

    @Test
    void shouldListTagsOfLiveCardsInNameOrderWithTheirCounts() {
        String user = freshUser("ann");
        String deck = createDeck(user, "Tagged");
        createCard(user, textCard(deck, "a", "b", "Verbs", "spanish"));
        createCard(user, textCard(deck, "c", "d", "verbs"));
        String trashed = createCard(user, textCard(deck, "e", "f", "verbs", "trashed-only")).path("id");
        as(user).delete("/api/cards/" + trashed).then().statusCode(204);

        as(user).get("/api/tags").then().statusCode(200)
                .body("items.name", contains("spanish", "verbs"))
                .body("items.cards", contains(1, 2))
                .body("next", nullValue());
    }

    @Test
    void shouldFilterTagsByPrefixAndPageThemByCursor() {
        String user = freshUser("ann");
        String deck = createDeck(user, "Prefix");
        createCard(user, textCard(deck, "a", "b", "spain", "sport", "spanish", "esp"));

        as(user).get("/api/tags?q= SP").then().statusCode(200)
                .body("items.name", contains("spain", "spanish", "sport"));
        String next = as(user).get("/api/tags?limit=2").then().statusCode(200)
                .body("items.name", contains("esp", "spain"))
                .extract().path("next");
        as(user).get("/api/tags?limit=2&cursor=" + next).then().statusCode(200)
                .body("items.name", contains("spanish", "sport"))
                .body("next", nullValue());
    }

    @Test
    void shouldRejectInvalidListParameters() {
        String user = freshUser("ann");

        as(user).get("/api/tags?q=" + "x".repeat(51)).then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", contains("q"));
        as(user).get("/api/tags?limit=0").then().statusCode(400).contentType(PROBLEM_JSON);
        as(user).get("/api/tags?limit=501").then().statusCode(400).contentType(PROBLEM_JSON);
        as(user).get("/api/tags?cursor=nonsense").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", contains("cursor"));
    }

    @Test
    void shouldRenameATagOnEveryCardWithNewVersionsAndCardUpdated() throws Exception {
        String user = freshUser("ann");
        String deck = createDeck(user, "Rename");
        String live = createCard(user, textCard(deck, "a", "b", "Old Name", "keep")).path("id");
        String trashed = createCard(user, textCard(deck, "c", "d", "old name")).path("id");
        String untouched = createCard(user, textCard(deck, "e", "f", "keep")).path("id");
        as(user).delete("/api/cards/" + trashed).then().statusCode(204);
        Instant before = Instant.now();

        as(user).body(Map.of("name", "  New Name ")).put("/api/tags/{tag}", " OLD name")
                .then().statusCode(200)
                .body("name", equalTo("new name"))
                .body("cards", equalTo(1));

        String updatedAt = as(user).get("/api/cards/" + live).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("tags", contains("keep", "new name"))
                .extract().path("updatedAt");
        assertThat(Instant.parse(updatedAt)).isAfterOrEqualTo(before.minusMillis(1));
        as(user).get("/api/cards/" + untouched).then().header("ETag", "\"0\"");
        as(user).header("If-Match", "\"0\"").body(textCard(deck, "a", "b")).put("/api/cards/" + live)
                .then().statusCode(412);
        as(user).post("/api/cards/" + trashed + "/restore").then().statusCode(200)
                .body("tags", contains("new name"));
        as(user).get("/api/tags").then().body("items.name", contains("keep", "new name"));
        JsonNode event = CardEvents.awaitPayload(live, "card-updated", 1);
        assertThat(event.get("tags").toString()).isEqualTo("[\"keep\",\"new name\"]");
        assertThat(CardEvents.awaitPayload(trashed, "card-updated", 1).get("tags").toString())
                .isEqualTo("[\"new name\"]");
    }

    @Test
    void shouldMergeARenamedTagIntoAnExistingTagOfTheNewName() {
        String user = freshUser("ann");
        String deck = createDeck(user, "Merge");
        String onlyOld = createCard(user, textCard(deck, "a", "b", "colour")).path("id");
        String both = createCard(user, textCard(deck, "c", "d", "colour", "color")).path("id");
        String onlyNew = createCard(user, textCard(deck, "e", "f", "color")).path("id");

        as(user).body(Map.of("name", "Color")).put("/api/tags/colour").then().statusCode(200)
                .body("name", equalTo("color"))
                .body("cards", equalTo(3));

        as(user).get("/api/cards/" + onlyOld).then().body("tags", contains("color")).header("ETag", "\"1\"");
        as(user).get("/api/cards/" + both).then().body("tags", contains("color")).header("ETag", "\"1\"");
        as(user).get("/api/cards/" + onlyNew).then().body("tags", contains("color")).header("ETag", "\"0\"");
        as(user).get("/api/tags").then().body("items.name", contains("color")).body("items.cards", contains(3));
        as(user).get("/api/cards?tag=colour").then().body("items", empty());
    }

    @Test
    void shouldKeepATagRenamedToItsOwnName() {
        String user = freshUser("ann");
        String card = createCard(user, textCard(createDeck(user, "Same"), "a", "b", "same")).path("id");

        as(user).body(Map.of("name", " SAME ")).put("/api/tags/same").then().statusCode(200)
                .body("name", equalTo("same")).body("cards", equalTo(1));
        as(user).get("/api/cards/" + card).then().header("ETag", "\"0\"");
    }

    @Test
    void shouldRejectAnInvalidNewName() {
        String user = freshUser("ann");
        String card = createCard(user, textCard(createDeck(user, "Invalid"), "a", "b", "valid")).path("id");

        as(user).body(Map.of("name", " ")).put("/api/tags/valid").then().statusCode(400)
                .contentType(PROBLEM_JSON).body("errors.field", contains("name"));
        as(user).body(Map.of("name", "x".repeat(51))).put("/api/tags/valid").then().statusCode(400)
                .body("errors.field", contains("name"));
        as(user).body(Map.of()).put("/api/tags/valid").then().statusCode(400)
                .body("errors.field", contains("name"));
        as(user).body(Map.of("name", "ok")).put("/api/tags/" + "x".repeat(51)).then().statusCode(400)
                .body("errors.field", contains("tag"));
        as(user).get("/api/cards/" + card).then().body("tags", contains("valid")).header("ETag", "\"0\"");
    }

    @Test
    void shouldDeleteATagFromEveryCard() throws Exception {
        String user = freshUser("ann");
        String deck = createDeck(user, "Delete");
        String card = createCard(user, textCard(deck, "a", "b", "gone", "stays", "c/c++")).path("id");

        as(user).delete("/api/tags/Gone").then().statusCode(204);
        as(user).delete("/api/tags/C/C++").then().statusCode(204);

        as(user).get("/api/cards/" + card).then().body("tags", contains("stays")).header("ETag", "\"2\"");
        as(user).get("/api/tags").then().body("items.name", contains("stays"));
        as(user).delete("/api/tags/gone").then().statusCode(404);
        assertThat(CardEvents.awaitPayload(card, "card-updated", 2).get("tags").toString())
                .isEqualTo("[\"stays\"]");
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownOrAnotherUsersTag() {
        String user = freshUser("ann");
        String deck = createDeck(user, "Private");
        String card = createCard(user, textCard(deck, "a", "b", "private")).path("id");
        String unused = createCard(user, textCard(deck, "c", "d", "unused")).path("id");
        as(user).body(textCard(deck, "c", "d")).put("/api/cards/" + unused).then().statusCode(200);
        String bob = freshUser("bob");

        as(bob).get("/api/tags").then().statusCode(200).body("items", empty());
        as(bob).body(Map.of("name", "mine")).put("/api/tags/private").then().statusCode(404)
                .contentType(PROBLEM_JSON).body("type", equalTo("urn:memoryvault:problem:not-found"));
        as(bob).delete("/api/tags/private").then().statusCode(404).contentType(PROBLEM_JSON);
        as(user).body(Map.of("name", "other")).put("/api/tags/unknown").then().statusCode(404);
        as(user).delete("/api/tags/unused").then().statusCode(404);

        as(user).get("/api/cards/" + card).then().body("tags", contains("private")).header("ETag", "\"0\"");
    }
}
