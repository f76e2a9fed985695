package app.memoryvault.card.rest;

import static app.memoryvault.card.support.Api.PROBLEM_JSON;
import static app.memoryvault.card.support.Api.as;
import static app.memoryvault.card.support.Api.createCard;
import static app.memoryvault.card.support.Api.createDeck;
import static app.memoryvault.card.support.Api.createSubdeck;
import static app.memoryvault.card.support.Api.freshUser;
import static app.memoryvault.card.support.Api.textCard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;

import app.memoryvault.card.model.Card;
import app.memoryvault.card.support.CardServiceTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@CardServiceTest
class CardListFiltersTest {

    private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");

    @Test
    void shouldListTheCardsOfADecksSubdecksOnlyWhenAsked() {
        String user = freshUser("ann");
        String parent = createDeck(user, "Parent");
        String child = createSubdeck(user, "Child", parent);
        String grandchild = createSubdeck(user, "Grandchild", child);
        String inParent = createCard(user, parent);
        String inChild = createCard(user, child);
        String inGrandchild = createCard(user, grandchild);
        createCard(user, createDeck(user, "Elsewhere"));

        as(user).get("/api/cards?deckId=" + parent).then().statusCode(200).body("items.id", contains(inParent));
        as(user).get("/api/cards?includeSubdecks=true&deckId=" + parent).then().statusCode(200)
                .body("items.id", containsInAnyOrder(inParent, inChild, inGrandchild));
        as(freshUser("bob")).get("/api/cards?includeSubdecks=true&deckId=" + parent).then().statusCode(200)
                .body("items", empty());
    }

    @Test
    void shouldListCardsCarryingAllGivenTags() {
        String user = freshUser("ann");
        String deck = createDeck(user, "Tagged");
        String both = createCard(user, textCard(deck, "q", "a", "verbs", "irregular")).path("id");
        String verbs = createCard(user, textCard(deck, "q", "a", "verbs")).path("id");
        createCard(user, textCard(deck, "q", "a", "irregular"));
        String bob = freshUser("bob");
        createCard(bob, textCard(createDeck(bob, "Bob"), "q", "a", "verbs"));

        as(user).get("/api/cards?tag=verbs&tag= Irregular").then().statusCode(200).body("items.id", contains(both));
        as(user).get("/api/cards?tag=verbs").then().body("items.id", contains(both, verbs));
    }

    @Test
    void shouldFilterByBoxAndDueTime() {
        String user = freshUser("ann");
        String deck = createDeck(user, "Scheduled");
        String early = createCard(user, deck);
        String late = createCard(user, deck);
        createCard(user, deck);
        schedule(early, 2, T0);
        schedule(late, 3, T0.plusSeconds(3600));

        as(user).get("/api/cards?box=2").then().statusCode(200).body("items.id", contains(early));
        as(user).get("/api/cards?dueBefore=" + T0.plusSeconds(1)).then().body("items.id", contains(early));
        as(user).get("/api/cards?dueBefore=2031-01-01T00:00:00Z").then().body("items.id", contains(early, late));
    }

    @Test
    void shouldFindCardsByFullTextSearchOverTheirTextItems() {
        String user = freshUser("ann");
        String deck = createDeck(user, "Searched");
        String fox = createCard(user, textCard(deck, "The quick brown fox", "jumps")).path("id");
        String dog = createCard(user, textCard(deck, "Lazy", "the dog sleeps")).path("id");
        String bob = freshUser("bob");
        createCard(bob, textCard(createDeck(bob, "Bob"), "another fox", "a"));

        as(user).get("/api/cards?q=fox").then().statusCode(200).body("items.id", contains(fox));
        as(user).get("/api/cards?q=Quick Fox").then().body("items.id", contains(fox));
        as(user).get("/api/cards?q=dog").then().body("items.id", contains(dog));
        as(user).get("/api/cards?q=fox -brown").then().body("items", empty());
    }

    @Test
    void shouldSearchACardsTextAsItIsNowAndNotOnceDeleted() {
        String user = freshUser("ann");
        String deck = createDeck(user, "Rewritten");
        String card = createCard(user, textCard(deck, "der Hund", "the dog")).path("id");
        as(user).body(textCard(deck, "die Katze", "the cat")).put("/api/cards/" + card).then().statusCode(200);

        as(user).get("/api/cards?q=hund").then().body("items", empty());
        as(user).get("/api/cards?q=katze cat").then().body("items.id", contains(card));

        as(user).delete("/api/cards/" + card).then().statusCode(204);
        as(user).get("/api/cards?q=katze").then().body("items", empty());
    }

    @Test
    void shouldGetABatchOfTheCallersCardsByIds() {
        String user = freshUser("ann");
        String deck = createDeck(user, "Batch");
        String first = createCard(user, deck);
        createCard(user, deck);
        String third = createCard(user, deck);
        String bob = freshUser("bob");
        String bobs = createCard(bob, createDeck(bob, "Bob"));

        as(user).get("/api/cards?ids=" + third + "&ids=" + first + "&ids=" + bobs).then().statusCode(200)
                .body("items.id", contains(first, third));
        as(user).get("/api/cards?ids=" + third + "," + first).then().body("items.id", contains(first, third));
    }

    @Test
    void shouldPageEachSortByCursorInItsOwnOrder() {
        String user = freshUser("ann");
        String deck = createDeck(user, "Sorted");
        String a = createCard(user, deck);
        String b = createCard(user, deck);
        String c = createCard(user, deck);
        String d = createCard(user, deck);
        schedule(a, 1, T0.plusSeconds(20));
        schedule(c, 1, T0);
        schedule(d, 1, T0.plusSeconds(10));
        as(user).body(textCard(deck, "changed", "answer")).put("/api/cards/" + a).then().statusCode(200);

        assertPages(user, "created", List.of(a, b, c, d));
        assertPages(user, "updated", List.of(b, c, d, a));
        assertPages(user, "due", List.of(c, d, a, b));
        String dueCursor = as(user).get("/api/cards?sort=due&limit=1").then().extract().path("next");
        as(user).get("/api/cards?sort=updated&cursor=" + dueCursor).then().statusCode(400)
                .body("errors.field", contains("cursor"));
    }

    @Test
    void shouldRejectEachInvalidFilterNamingIt() {
        String user = freshUser("ann");
        String ids = "ids=" + String.join(",", IntStream.range(0, 101).mapToObj(i -> UUID.randomUUID().toString()).toList());
        Map<String, String> rejected = Map.of(
                "includeSubdecks=yes", "includeSubdecks",
                "includeSubdecks=true", "includeSubdecks",
                "box=0", "box",
                "box=two", "box",
                "dueBefore=tomorrow", "dueBefore",
                "sort=name", "sort",
                "tag=" + "t".repeat(51), "tag",
                "q=" + "x".repeat(201), "q",
                ids, "ids");
        rejected.forEach((query, field) -> as(user).get("/api/cards?" + query).then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", contains(field)));
        as(user).get("/api/cards?ids=nope").then().statusCode(400).body("errors.field", contains("ids"));
    }

    private static void assertPages(String user, String sort, List<String> expected) {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            ExtractableResponse<Response> page = as(user)
                    .get("/api/cards?limit=1&sort=" + sort + (cursor == null ? "" : "&cursor=" + cursor))
                    .then().statusCode(200).extract();
            seen.addAll(page.path("items.id"));
            cursor = page.path("next");
        } while (cursor != null);
        assertThat(seen).as("sort " + sort).isEqualTo(expected);
    }

    private static void schedule(String card, int box, Instant dueAt) {
        QuarkusTransaction.requiringNew().run(() -> Card.update("box = ?1, dueAt = ?2 where id = ?3",
                box, dueAt, UUID.fromString(card)));
    }
}
