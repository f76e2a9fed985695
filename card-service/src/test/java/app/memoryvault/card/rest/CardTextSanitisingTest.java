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

import app.memoryvault.card.support.CardEvents;
import app.memoryvault.card.support.CardServiceTest;
import org.junit.jupiter.api.Test;

@CardServiceTest
class CardTextSanitisingTest {

    @Test
    void shouldStoreAndPublishTheSanitisedHtmlOfTextItems() throws Exception {
        String user = freshUser("ann");
        String deck = createDeck(user, "Html");

        String card = createCard(user, textCard(deck,
                "**ser** <b>bold</b><script>alert(document.cookie)</script><img src=x onerror=alert(1)>",
                "<a href=\"javascript:alert(1)\">bad</a> <a href=\"https://example.com\" onclick=\"x()\">good</a>"))
                .path("id");

        as(user).get("/api/cards/" + card).then().statusCode(200)
                .body("front[0].text", equalTo("**ser** <b>bold</b>"))
                .body("back[0].text",
                        equalTo("bad <a href=\"https://example.com\" rel=\"nofollow noopener\">good</a>"));
        assertThat(CardEvents.awaitPayload(card, "card-created", 1).at("/front/0/text").asText())
                .isEqualTo("**ser** <b>bold</b>");
    }

    @Test
    void shouldSanitiseTextItemsOnUpdate() {
        String user = freshUser("ann");
        String deck = createDeck(user, "Update");
        String card = createCard(user, deck);

        as(user).body(textCard(deck, "<svg onload=alert(1)></svg><i>front</i>", "<iframe src=//evil></iframe>back"))
                .put("/api/cards/" + card)
                .then().statusCode(200)
                .body("front[0].text", equalTo("<i>front</i>"))
                .body("back[0].text", equalTo("back"));
    }

    @Test
    void shouldKeepPlainTextAndMarkdownAsSent() {
        String user = freshUser("ann");
        String markdown = "> it's a < b & \"c\"\n\n- `x+y=z` [link](https://example.com)";

        createCard(user, textCard(createDeck(user, "Plain"), markdown, "1 <3 2")).response().then()
                .body("front[0].text", equalTo(markdown))
                .body("back[0].text", equalTo("1 <3 2"));
    }

    @Test
    void shouldRejectTextThatIsOnlyForbiddenMarkupOrTooLongOnceSafe() {
        String user = freshUser("ann");
        String deck = createDeck(user, "Rejected");

        as(user).body(textCard(deck, "<script>alert(1)</script>", "<style>p{}</style> ")).post("/api/cards")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", contains("back[0].text", "front[0].text"));
        as(user).body(textCard(deck, "<b>x</b>" + "&".repeat(9_000), "b")).post("/api/cards")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", contains("front[0].text"));
        as(user).get("/api/cards?deckId=" + deck).then().body("items", empty());
    }
}
