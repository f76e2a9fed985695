package app.memoryvault.card.messaging;

import static app.memoryvault.card.support.Api.as;
import static app.memoryvault.card.support.Api.createCard;
import static app.memoryvault.card.support.Api.createDeck;
import static app.memoryvault.card.support.Api.freshUser;
import static app.memoryvault.card.support.Api.textCard;
import static app.memoryvault.card.support.CardEvents.awaitRecord;
import static org.assertj.core.api.Assertions.assertThat;

import app.memoryvault.card.support.CardServiceTest;
import app.memoryvault.events.Topics;
import app.memoryvault.events.store.OutboxMessage;
import app.memoryvault.testing.quarkus.TestTokens;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@CardServiceTest
class CardEventsTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldPublishCardCreatedOnCardEventsKeyedByTheCardId() throws Exception {
        String user = freshUser("ann");
        String deck = createDeck(user, "Published");
        String card = createCard(user, textCard(deck, "front text", "back text", "Tag")).path("id");

        ConsumerRecord<String, String> record = awaitRecord(card, "card-created");

        JsonNode event = json.readTree(record.value());
        assertThat(event.get("ownerId").asText()).isEqualTo(TestTokens.subjectOf(user));
        assertThat(event.get("version").asInt()).isEqualTo(1);
        assertThat(UUID.fromString(event.get("eventId").asText())).isNotNull();
        JsonNode payload = event.get("payload");
        assertThat(payload.get("cardId").asText()).isEqualTo(card);
        assertThat(payload.get("deckId").asText()).isEqualTo(deck);
        assertThat(payload.get("front").get(0).get("kind").asText()).isEqualTo("text");
        assertThat(payload.get("front").get(0).get("text").asText()).isEqualTo("front text");
        assertThat(payload.get("back").get(0).get("text").asText()).isEqualTo("back text");
        assertThat(payload.get("tags").get(0).asText()).isEqualTo("tag");
    }

    @Test
    void shouldRecordAnEventForEveryChangeInTheOutbox() throws JsonProcessingException {
        String user = freshUser("ann");
        String deck = as(user).body(Map.of("name", "Evented", "scheduler", "fsrs")).post("/api/decks")
                .then().statusCode(201).extract().path("id");
        as(user).body(Map.of("name", "Evented", "scheduler", "leitner")).put("/api/decks/" + deck)
                .then().statusCode(200);
        String card = createCard(user, deck);
        as(user).body(textCard(deck, "changed", "answer")).put("/api/cards/" + card).then().statusCode(200);
        as(user).delete("/api/cards/" + card).then().statusCode(204);
        String second = createCard(user, deck);
        as(user).delete("/api/decks/" + deck).then().statusCode(204);

        assertThat(eventTypesKeyedBy(deck)).containsExactly("deck-updated", "deck-updated", "deck-deleted");
        assertThat(eventTypesKeyedBy(card)).containsExactly("card-created", "card-updated", "card-deleted");
        assertThat(eventTypesKeyedBy(second)).containsExactly("card-created", "card-deleted");
        assertThat(payloadsKeyedBy(deck).getFirst().at("/payload/scheduler").asText()).isEqualTo("fsrs");
        assertThat(payloadsKeyedBy(deck).get(1).at("/payload/scheduler").asText()).isEqualTo("leitner");
        assertThat(payloadsKeyedBy(card).get(1).at("/payload/front/0/text").asText()).isEqualTo("changed");
    }

    @Test
    void shouldWriteNoOutboxRowForAFailedRequest() {
        String user = freshUser("ann");
        String deck = createDeck(user, "Unchanged");
        String card = createCard(user, deck);
        long before = outboxRows();

        as(user).body(Map.of("name", "unchanged")).post("/api/decks").then().statusCode(409);
        as(user).header("If-Match", "\"7\"").body(Map.of("name", "Renamed")).put("/api/decks/" + deck)
                .then().statusCode(412);
        as(user).header("If-Match", "\"7\"").delete("/api/decks/" + deck).then().statusCode(412);
        as(user).header("If-Match", "\"7\"").body(textCard(deck, "q", "a")).put("/api/cards/" + card)
                .then().statusCode(412);
        as(user).body(textCard(UUID.randomUUID().toString(), "q", "a")).post("/api/cards").then().statusCode(400);
        as(freshUser("bob")).delete("/api/cards/" + card).then().statusCode(404);

        assertThat(outboxRows()).isEqualTo(before);
    }

    private static long outboxRows() {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count());
    }

    private static List<OutboxMessage> outboxRowsKeyedBy(String key) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.list("messageKey = ?1 order by id", key));
    }

    private static List<String> eventTypesKeyedBy(String key) {
        List<OutboxMessage> rows = outboxRowsKeyedBy(key);
        assertThat(rows).extracting(row -> row.topic).containsOnly(Topics.CARD_EVENTS);
        return rows.stream().map(row -> row.eventType).toList();
    }

    private List<JsonNode> payloadsKeyedBy(String key) throws JsonProcessingException {
        List<JsonNode> payloads = new ArrayList<>();
        for (OutboxMessage row : outboxRowsKeyedBy(key)) {
            payloads.add(json.readTree(row.payload));
        }
        return payloads;
    }

}
