package app.memoryvault.card.rest;

import static app.memoryvault.card.support.Api.PROBLEM_JSON;
import static app.memoryvault.card.support.Api.as;
import static app.memoryvault.card.support.Api.createCard;
import static app.memoryvault.card.support.Api.createDeck;
import static app.memoryvault.card.support.Api.createSubdeck;
import static app.memoryvault.card.support.Api.freshUser;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import app.memoryvault.card.support.CardServiceTest;
import app.memoryvault.testing.quarkus.TestTokens;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@CardServiceTest
class DeckResourceTest {

    @Test
    void shouldCreateADeckWithLocationAndETag() {
        String user = freshUser("ann");
        Map<String, Object> body = Map.of("name", "  Spanish  ", "description", "verbs", "scheduler", "fsrs");

        ExtractableResponse<Response> created = as(user).body(body).post("/api/decks")
                .then().statusCode(201)
                .body("name", equalTo("Spanish"))
                .body("description", equalTo("verbs"))
                .body("parentId", nullValue())
                .body("scheduler", equalTo("fsrs"))
                .body("counts.cards", equalTo(0))
                .body("counts.new", equalTo(0))
                .body("counts.due", equalTo(0))
                .body("version", equalTo(0))
                .extract();

        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/decks/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(created.<String>path("createdAt")).endsWith("Z");
        as(user).get("/api/decks/" + id).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("name", equalTo("Spanish"));
    }

    @Test
    void shouldDefaultTheSchedulerToLeitner() {
        String user = freshUser("ann");
        as(user).body(Map.of("name", "French")).post("/api/decks")
                .then().statusCode(201).body("scheduler", equalTo("leitner"));
    }

    @Test
    void shouldNameEveryInvalidField() {
        as(freshUser("ann")).body(Map.of("name", " ", "description", "d".repeat(2001))).post("/api/decks")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:memoryvault:problem:validation"))
                .body("errors.field", contains("description", "name"));
    }

    @Test
    void shouldRejectANameOverOneHundredCharacters() {
        as(freshUser("ann")).body(Map.of("name", "n".repeat(101))).post("/api/decks")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", contains("name"));
    }

    @Test
    void shouldRejectAnUnknownScheduler() {
        as(freshUser("ann")).body(Map.of("name", "German", "scheduler", "sm2")).post("/api/decks")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", contains("scheduler"));
    }

    @Test
    void shouldRejectASecondLiveDeckOfTheSameNameIgnoringCase() {
        String user = freshUser("ann");
        createDeck(user, "Italian");

        as(user).body(Map.of("name", "ITALIAN")).post("/api/decks")
                .then().statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:memoryvault:problem:deck-name-taken"));
    }

    @Test
    void shouldLetAnotherUserUseTheSameName() {
        createDeck(freshUser("ann"), "Latin");
        createDeck(freshUser("bob"), "Latin");
    }

    @Test
    void shouldFreeTheNameOfADeletedDeck() {
        String user = freshUser("ann");
        String id = createDeck(user, "Greek");
        as(user).delete("/api/decks/" + id).then().statusCode(204);

        createDeck(user, "Greek");
    }

    @Test
    void shouldNestADeckUnderAnotherOfTheCallersDecks() {
        String user = freshUser("ann");
        String parent = createDeck(user, "Languages");

        as(user).body(Map.of("name", "Dutch", "parentId", parent)).post("/api/decks")
                .then().statusCode(201).body("parentId", equalTo(parent));
    }

    @Test
    void shouldRejectAParentThatIsAnotherUsersDeck() {
        String othersDeck = createDeck(freshUser("bob"), "Bob's");

        as(freshUser("ann")).body(Map.of("name", "Mine", "parentId", othersDeck)).post("/api/decks")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("parentId"));
    }

    @Test
    void shouldRejectMakingADeckItsOwnAncestor() {
        String user = freshUser("ann");
        String top = createDeck(user, "Top");
        String child = createSubdeck(user, "Child", top);

        as(user).body(Map.of("name", "Top", "parentId", child)).put("/api/decks/" + top)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("parentId"));
        as(user).body(Map.of("name", "Top", "parentId", top)).put("/api/decks/" + top)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("parentId"));
    }

    @Test
    void shouldListOnlyTheCallersLiveDecksInNameOrderWithCounts() {
        String user = freshUser("ann");
        String zoology = createDeck(user, "zoology");
        String art = createDeck(user, "Art");
        String deleted = createDeck(user, "Deleted");
        createDeck(freshUser("bob"), "Bob's deck");
        createCard(user, art);
        createCard(user, art);
        as(user).delete("/api/decks/" + deleted).then().statusCode(204);

        as(user).get("/api/decks").then().statusCode(200)
                .body("items.id", contains(art, zoology))
                .body("items.counts.cards", contains(2, 0))
                .body("items.counts.new", contains(2, 0))
                .body("next", nullValue());
    }

    @Test
    void shouldPageDecksByCursor() {
        String user = freshUser("ann");
        String a = createDeck(user, "a");
        String b = createDeck(user, "B");
        String c = createDeck(user, "c");

        ExtractableResponse<Response> first = as(user).queryParam("limit", 2).get("/api/decks")
                .then().statusCode(200).body("items.id", contains(a, b)).extract();
        as(user).queryParam("limit", 2).queryParam("cursor", first.<String>path("next")).get("/api/decks")
                .then().statusCode(200)
                .body("items.id", contains(c))
                .body("next", nullValue());
    }

    @Test
    void shouldHideAnotherUsersDeck() {
        String othersDeck = createDeck(freshUser("bob"), "Private");
        String user = freshUser("ann");

        as(user).get("/api/decks/" + othersDeck).then().statusCode(404).contentType(PROBLEM_JSON);
        as(user).body(Map.of("name", "Mine now")).put("/api/decks/" + othersDeck).then().statusCode(404);
        as(user).delete("/api/decks/" + othersDeck).then().statusCode(404);
        as(user).get("/api/decks").then().body("items", equalTo(List.of()));
    }

    @Test
    void shouldUpdateWithAMatchingIfMatchAndAnswerTheNewETag() {
        String user = freshUser("ann");
        String id = createDeck(user, "Old name");

        as(user).header("If-Match", "\"0\"")
                .body(Map.of("name", "New name", "description", "now with a description", "scheduler", "fsrs"))
                .put("/api/decks/" + id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("name", equalTo("New name"))
                .body("description", equalTo("now with a description"))
                .body("scheduler", equalTo("fsrs"))
                .body("version", equalTo(1));
    }

    @Test
    void shouldUpdateWithoutIfMatch() {
        String user = freshUser("ann");
        String id = createDeck(user, "Unconditional");

        as(user).body(Map.of("name", "Changed")).put("/api/decks/" + id)
                .then().statusCode(200).body("name", equalTo("Changed"));
    }

    @Test
    void shouldRejectAStaleIfMatchAndLeaveTheDeckUnchanged() {
        String user = freshUser("ann");
        String id = createDeck(user, "Original");
        as(user).body(Map.of("name", "Second")).put("/api/decks/" + id).then().statusCode(200);

        as(user).header("If-Match", "\"0\"").body(Map.of("name", "Lost update")).put("/api/decks/" + id)
                .then().statusCode(412)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:memoryvault:problem:precondition-failed"));
        as(user).header("If-Match", "W/\"1\"").delete("/api/decks/" + id).then().statusCode(412);

        as(user).get("/api/decks/" + id).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("name", equalTo("Second"));
    }

    @Test
    void shouldRejectRenamingOntoAnotherLiveDeck() {
        String user = freshUser("ann");
        createDeck(user, "Taken");
        String id = createDeck(user, "Free");

        as(user).body(Map.of("name", "taken")).put("/api/decks/" + id).then().statusCode(409);
    }

    @Test
    void shouldDeleteADeckWithItsSubdecksAndTheirCards() {
        String user = freshUser("ann");
        String parent = createDeck(user, "Parent");
        String child = createSubdeck(user, "Child", parent);
        String parentCard = createCard(user, parent);
        String childCard = createCard(user, child);

        as(user).header("If-Match", "\"0\"").delete("/api/decks/" + parent).then().statusCode(204);

        as(user).get("/api/decks/" + parent).then().statusCode(404);
        as(user).get("/api/decks/" + child).then().statusCode(404);
        as(user).get("/api/cards/" + parentCard).then().statusCode(404);
        as(user).get("/api/cards/" + childCard).then().statusCode(404);
        as(user).get("/api/decks").then().body("items", equalTo(List.of()));
    }

    @Test
    void shouldAnswerAMalformedIdWith404() {
        as(freshUser("ann")).get("/api/decks/not-a-uuid").then().statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldRejectAnInvalidCursor() {
        as(freshUser("ann")).queryParam("cursor", "garbage!").get("/api/decks")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void shouldRequireATokenWithTheUserRole() {
        given().get("/api/decks").then().statusCode(401).contentType(PROBLEM_JSON);
        given().contentType("application/json").body(Map.of("name", "x")).post("/api/decks")
                .then().statusCode(401)
                .body("type", equalTo("urn:memoryvault:problem:unauthenticated"));
        given().auth().oauth2(TestTokens.withRoles(freshUser("guest"), "visitor")).get("/api/decks")
                .then().statusCode(403)
                .contentType(PROBLEM_JSON);
    }
}
