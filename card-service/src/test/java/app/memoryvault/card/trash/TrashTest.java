package app.memoryvault.card.trash;

import static app.memoryvault.card.support.Api.PROBLEM_JSON;
import static app.memoryvault.card.support.Api.as;
import static app.memoryvault.card.support.Api.createCard;
import static app.memoryvault.card.support.Api.createDeck;
import static app.memoryvault.card.support.Api.createSubdeck;
import static app.memoryvault.card.support.Api.freshUser;
import static app.memoryvault.card.support.CardEvents.awaitRecord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.memoryvault.card.model.Card;
import app.memoryvault.card.model.Deck;
import app.memoryvault.card.support.CardServiceTest;
import app.memoryvault.events.store.OutboxMessage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@CardServiceTest
class TrashTest {

    @Inject
    TrashPurge purge;

    @Test
    void shouldRestoreADeletedCardAndPublishCardRestored() {
        String user = freshUser("ann");
        String deck = createDeck(user, "Trash");
        String card = createCard(user, deck);
        as(user).delete("/api/cards/" + card).then().statusCode(204);

        as(user).post("/api/cards/" + card + "/restore").then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("id", equalTo(card));

        as(user).get("/api/cards/" + card).then().statusCode(200);
        as(user).get("/api/cards?deckId=" + deck).then().body("items.id", equalTo(List.of(card)));
        assertThat(awaitRecord(card, "card-restored").value()).contains(deck);
    }

    @Test
    void shouldLeaveALiveCardAsItIsOnRestore() {
        String user = freshUser("ann");
        String card = createCard(user, createDeck(user, "Live"));

        as(user).post("/api/cards/" + card + "/restore").then().statusCode(200).header("ETag", "\"0\"");
    }

    @Test
    void shouldAnswerGoneForACardDeletedLongerAgoThanTheRetention() {
        String user = freshUser("ann");
        String card = createCard(user, createDeck(user, "Expired"));
        as(user).delete("/api/cards/" + card).then().statusCode(204);
        deletedAgo(card, Duration.ofDays(31));

        as(user).post("/api/cards/" + card + "/restore").then().statusCode(410)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:memoryvault:problem:restore-period-over"));
        as(user).get("/api/cards/" + card).then().statusCode(404);
    }

    @Test
    void shouldNotRestoreAnotherUsersCardOrDeck() {
        String user = freshUser("ann");
        String deck = createDeck(user, "Private");
        String card = createCard(user, deck);
        as(user).delete("/api/decks/" + deck).then().statusCode(204);

        as(freshUser("bob")).post("/api/cards/" + card + "/restore").then().statusCode(404)
                .contentType(PROBLEM_JSON);
        as(freshUser("bob")).post("/api/decks/" + deck + "/restore").then().statusCode(404);
        as(user).get("/api/cards/" + card).then().statusCode(404);
        as(user).get("/api/decks/" + deck).then().statusCode(404);
    }

    @Test
    void shouldRefuseToRestoreACardWhoseDeckIsInTheTrash() {
        String user = freshUser("ann");
        String deck = createDeck(user, "Gone");
        String card = createCard(user, deck);
        as(user).delete("/api/decks/" + deck).then().statusCode(204);

        as(user).post("/api/cards/" + card + "/restore").then().statusCode(409)
                .body("type", equalTo("urn:memoryvault:problem:deck-deleted"));
    }

    @Test
    void shouldRestoreADeckWithTheSubdecksAndCardsItsDeletionTook() {
        String user = freshUser("ann");
        String deck = createDeck(user, "Parent");
        String child = createSubdeck(user, "Child", deck);
        String deletedBefore = createCard(user, deck);
        String inDeck = createCard(user, deck);
        String inChild = createCard(user, child);
        as(user).delete("/api/cards/" + deletedBefore).then().statusCode(204);
        as(user).delete("/api/decks/" + deck).then().statusCode(204);

        as(user).post("/api/decks/" + deck + "/restore").then().statusCode(200)
                .body("id", equalTo(deck))
                .body("counts.cards", equalTo(1));

        as(user).get("/api/decks/" + child).then().statusCode(200);
        as(user).get("/api/cards/" + inDeck).then().statusCode(200);
        as(user).get("/api/cards/" + inChild).then().statusCode(200);
        as(user).get("/api/cards/" + deletedBefore).then().statusCode(404);
        awaitRecord(inChild, "card-restored");
    }

    @Test
    void shouldRefuseToRestoreADeckWhoseNameIsTakenAgain() {
        String user = freshUser("ann");
        String deck = createDeck(user, "Taken");
        as(user).delete("/api/decks/" + deck).then().statusCode(204);
        createDeck(user, "taken");

        as(user).post("/api/decks/" + deck + "/restore").then().statusCode(409)
                .body("type", equalTo("urn:memoryvault:problem:deck-name-taken"));
    }

    @Test
    void shouldPurgeCardsPastTheRetentionAndPublishCardPurged() {
        String user = freshUser("ann");
        String deck = createDeck(user, "Purged");
        String expired = createCard(user, deck);
        String recent = createCard(user, deck);
        as(user).delete("/api/cards/" + expired).then().statusCode(204);
        as(user).delete("/api/cards/" + recent).then().statusCode(204);
        deletedAgo(expired, Duration.ofDays(31));

        assertThat(purge.purgeExpired().cards()).isGreaterThanOrEqualTo(1);

        assertThat(exists(expired)).isFalse();
        assertThat(exists(recent)).isTrue();
        assertThat(awaitRecord(expired, "card-purged").value()).contains(deck);
        as(user).post("/api/cards/" + expired + "/restore").then().statusCode(404);
        as(user).post("/api/cards/" + recent + "/restore").then().statusCode(200);
    }

    @Test
    void shouldPurgeDecksPastTheRetentionAfterTheirSubdecksWithTheirCards() {
        String user = freshUser("ann");
        String parent = createDeck(user, "Old parent");
        String child = createSubdeck(user, "Old child", parent);
        String inParent = createCard(user, parent);
        String inChild = createCard(user, child);
        String recent = createDeck(user, "Recent");
        String live = createDeck(user, "Live");
        as(user).delete("/api/decks/" + parent).then().statusCode(204);
        as(user).delete("/api/decks/" + recent).then().statusCode(204);
        decksDeletedAgo(List.of(parent, child), Duration.ofDays(31));

        TrashPurge.Purged purged = purge.purgeExpired();

        assertThat(purged.decks()).isGreaterThanOrEqualTo(2);
        assertThat(purged.cards()).isGreaterThanOrEqualTo(2);
        assertThat(deckExists(parent)).isFalse();
        assertThat(deckExists(child)).isFalse();
        assertThat(exists(inParent)).isFalse();
        assertThat(exists(inChild)).isFalse();
        assertThat(deckExists(recent)).isTrue();
        assertThat(deckExists(live)).isTrue();
        assertThat(awaitRecord(inChild, "card-purged").value()).contains(child);
        assertThat(awaitRecord(inParent, "card-purged").value()).contains(parent);
        assertThat(awaitRecord(parent, "deck-purged").value()).contains(parent);
        assertThat(awaitRecord(child, "deck-purged").value()).contains(child);
        assertThat(outboxId(parent, "deck-purged")).isGreaterThan(outboxId(inParent, "card-purged"));
        assertThat(outboxId(child, "deck-purged")).isGreaterThan(outboxId(inChild, "card-purged"))
                .isLessThan(outboxId(parent, "deck-purged"));
        assertThat(outboxRows(recent, "deck-purged")).isZero();
        as(user).post("/api/decks/" + parent + "/restore").then().statusCode(404);
        as(user).post("/api/decks/" + recent + "/restore").then().statusCode(200);
    }

    private static void decksDeletedAgo(List<String> decks, Duration ago) {
        List<UUID> ids = decks.stream().map(UUID::fromString).toList();
        Instant deletedAt = Instant.now().minus(ago);
        QuarkusTransaction.requiringNew().run(() -> {
            Deck.update("deletedAt = ?1 where id in ?2", deletedAt, ids);
            Card.update("deletedAt = ?1 where deckId in ?2", deletedAt, ids);
        });
    }

    /** The outbox row (its place in the relay's order) of the event of this type keyed by {@code key}. */
    private static long outboxId(String key, String type) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>find(
                "messageKey = ?1 and eventType = ?2", key, type).singleResult().id);
    }

    private static long outboxRows(String key, String type) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count(
                "messageKey = ?1 and eventType = ?2", key, type));
    }

    private static boolean deckExists(String deck) {
        return QuarkusTransaction.requiringNew().call(() -> Deck.findById(UUID.fromString(deck)) != null);
    }

    private static void deletedAgo(String card, Duration ago) {
        QuarkusTransaction.requiringNew().run(() ->
                Card.update("deletedAt = ?1 where id = ?2", Instant.now().minus(ago), UUID.fromString(card)));
    }

    private static boolean exists(String card) {
        return QuarkusTransaction.requiringNew().call(() -> Card.findById(UUID.fromString(card)) != null);
    }

}
