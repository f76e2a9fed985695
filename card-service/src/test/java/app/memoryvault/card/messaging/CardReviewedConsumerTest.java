package app.memoryvault.card.messaging;

import static app.memoryvault.card.support.Api.as;
import static app.memoryvault.card.support.Api.createCard;
import static app.memoryvault.card.support.Api.createDeck;
import static app.memoryvault.card.support.Api.freshUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import app.memoryvault.card.model.Card;
import app.memoryvault.card.support.CardServiceTest;
import app.memoryvault.events.CardReviewed;
import app.memoryvault.events.CardScheduleChanged;
import app.memoryvault.events.DomainEvent;
import app.memoryvault.events.EventCodec;
import app.memoryvault.events.EventEnvelope;
import app.memoryvault.events.ReviewState;
import app.memoryvault.events.ScheduleChange;
import app.memoryvault.events.Topics;
import app.memoryvault.testing.kafka.TestTopics;
import app.memoryvault.testing.quarkus.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@CardServiceTest
class CardReviewedConsumerTest {

    private static final Instant REVIEWED = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Inject
    EventCodec codec;

    @Test
    void shouldKeepTheLatestReviewAsTheCardsScheduleAndCountItInItsDeck() {
        String user = freshUser("ann");
        String deck = createDeck(user, "Reviewed");
        String card = createCard(user, deck);

        send(user, card, review(card, deck, REVIEWED, 2, REVIEWED.minusSeconds(60)));
        awaitBox(user, card, 2);

        as(user).get("/api/cards/" + card).then()
                .header("ETag", "\"0\"")
                .body("schedule.dueAt", equalTo(REVIEWED.minusSeconds(60).toString()))
                .body("schedule.lastReviewedAt", equalTo(REVIEWED.toString()));
        as(user).get("/api/decks/" + deck).then()
                .body("counts.new", equalTo(0))
                .body("counts.due", equalTo(1))
                .body("counts.boxes.2", equalTo(1));
    }

    @Test
    void shouldIgnoreAnOlderReviewArrivingLate() {
        String user = freshUser("ann");
        String deck = createDeck(user, "Reordered");
        String card = createCard(user, deck);
        send(user, card, review(card, deck, REVIEWED, 3, REVIEWED.plusSeconds(3600)));
        awaitBox(user, card, 3);

        send(user, card, review(card, deck, REVIEWED.minusSeconds(600), 1, REVIEWED));
        String marker = createCard(user, deck);
        send(user, card, review(marker, deck, REVIEWED, 4, REVIEWED));
        awaitBox(user, marker, 4);

        as(user).get("/api/cards/" + card).then().body("schedule.box", equalTo(3));
    }

    @Test
    void shouldApplyARedeliveredReviewOnce() {
        String user = freshUser("ann");
        String deck = createDeck(user, "Redelivered");
        String card = createCard(user, deck);
        String message = codec.encode(EventEnvelope.of(TestTokens.subjectOf(user),
                review(card, deck, REVIEWED, 2, REVIEWED)));
        TestTopics.send(Topics.CARD_REVIEWED, card, message);
        awaitBox(user, card, 2);
        // Reset the read model by hand: only a second application of the same event could set it again.
        QuarkusTransaction.requiringNew().run(() -> Card.update(
                "box = null, lastReviewedAt = null where id = ?1", UUID.fromString(card)));

        TestTopics.send(Topics.CARD_REVIEWED, card, message);
        String marker = createCard(user, deck);
        send(user, card, review(marker, deck, REVIEWED, 4, REVIEWED));
        awaitBox(user, marker, 4);

        as(user).get("/api/cards/" + card).then().body("schedule.box", nullValue());
    }

    @Test
    void shouldIgnoreAReviewClaimingAnotherOwnersCard() {
        String user = freshUser("ann");
        String deck = createDeck(user, "Owned");
        String card = createCard(user, deck);
        String mallory = freshUser("mallory");

        send(mallory, card, review(card, deck, REVIEWED, 5, REVIEWED));
        String marker = createCard(user, deck);
        send(user, card, review(marker, deck, REVIEWED, 4, REVIEWED));
        awaitBox(user, marker, 4);

        as(user).get("/api/cards/" + card).then().body("schedule.box", nullValue());
    }

    @Test
    void shouldParkAnUnreadableMessageOnTheDeadLetterTopicAndGoOn() {
        String user = freshUser("ann");
        String deck = createDeck(user, "Parked");
        String key = UUID.randomUUID().toString();

        TestTopics.send(Topics.CARD_REVIEWED, key, "{not json");
        String card = createCard(user, deck);
        send(user, key, review(card, deck, REVIEWED, 2, REVIEWED));

        assertThat(TestTopics.read(Topics.dlq(Topics.CARD_REVIEWED), record -> key.equals(record.key()), 1,
                Duration.ofSeconds(30))).extracting(record -> record.value()).containsExactly("{not json");
        awaitBox(user, card, 2);
    }

    @Test
    void shouldKeepASuspendedCardOutOfTheDueCountsAndTheDueFilterUntilUnsuspended() {
        String user = freshUser("ann");
        String deck = createDeck(user, "Suspended");
        String card = createCard(user, deck);
        Instant due = REVIEWED.minusSeconds(60);
        send(user, card, review(card, deck, REVIEWED.minusSeconds(120), 2, due));
        awaitBox(user, card, 2);
        as(user).get("/api/decks/" + deck).then().body("counts.due", equalTo(1));

        send(user, card, change(card, deck, ScheduleChange.SUSPENDED, true, 2, due, ReviewState.REVIEW));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(user).get("/api/cards/" + card).then().body("schedule.suspended", equalTo(true)));

        as(user).get("/api/cards/" + card).then()
                .body("schedule.box", equalTo(2))
                .body("schedule.lastReviewedAt", equalTo(REVIEWED.minusSeconds(120).toString()));
        as(user).get("/api/decks/" + deck).then().body("counts.due", equalTo(0)).body("counts.cards", equalTo(1));
        as(user).queryParam("dueBefore", REVIEWED.toString()).get("/api/cards").then()
                .body("items", equalTo(List.of()));

        send(user, card, change(card, deck, ScheduleChange.UNSUSPENDED, false, 2, due, ReviewState.REVIEW));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(user).get("/api/decks/" + deck).then().body("counts.due", equalTo(1)));
        as(user).queryParam("dueBefore", REVIEWED.toString()).get("/api/cards").then()
                .body("items.id", contains(card));
    }

    @Test
    void shouldResetACardToNewWithTheEventsBoxAndIgnoreAnOlderReviewArrivingLate() {
        String user = freshUser("ann");
        String deck = createDeck(user, "Reset");
        String card = createCard(user, deck);
        send(user, card, review(card, deck, REVIEWED.minusSeconds(60), 4, REVIEWED.plusSeconds(86_400)));
        awaitBox(user, card, 4);

        send(user, card, change(card, deck, ScheduleChange.RESET, false, 1, REVIEWED, ReviewState.NEW));
        awaitBox(user, card, 1);
        as(user).get("/api/cards/" + card).then()
                .body("schedule.lastReviewedAt", nullValue())
                .body("schedule.dueAt", equalTo(REVIEWED.toString()));
        as(user).get("/api/decks/" + deck).then().body("counts.new", equalTo(1)).body("counts.boxes.1", equalTo(1));

        send(user, card, review(card, deck, REVIEWED.minusSeconds(30), 3, REVIEWED.plusSeconds(3600)));
        String marker = createCard(user, deck);
        send(user, card, review(marker, deck, REVIEWED, 4, REVIEWED));
        awaitBox(user, marker, 4);

        as(user).get("/api/cards/" + card).then().body("schedule.box", equalTo(1))
                .body("schedule.lastReviewedAt", nullValue());
    }

    @Test
    void shouldIgnoreAScheduleChangeClaimingAnotherOwnersCard() {
        String user = freshUser("ann");
        String deck = createDeck(user, "Not yours");
        String card = createCard(user, deck);

        send(freshUser("mallory"), card, change(card, deck, ScheduleChange.SUSPENDED, true, 3, REVIEWED,
                ReviewState.REVIEW));
        String marker = createCard(user, deck);
        send(user, card, review(marker, deck, REVIEWED, 4, REVIEWED));
        awaitBox(user, marker, 4);

        as(user).get("/api/cards/" + card).then()
                .body("schedule.suspended", equalTo(false))
                .body("schedule.box", nullValue());
    }

    private static CardScheduleChanged change(String card, String deck, ScheduleChange change, boolean suspended,
            Integer box, Instant dueAt, ReviewState state) {
        return new CardScheduleChanged(UUID.fromString(card), UUID.fromString(deck), change, suspended, box, dueAt,
                null, null, state);
    }

    private static CardReviewed review(String card, String deck, Instant reviewedAt, int box, Instant dueAt) {
        return new CardReviewed(UUID.fromString(card), UUID.fromString(deck), 3, reviewedAt, box, dueAt,
                null, null, ReviewState.REVIEW);
    }

    /** Sends under the key {@code key}: messages with one key are consumed in order. */
    private void send(String user, String key, DomainEvent event) {
        TestTopics.send(Topics.CARD_REVIEWED, key, codec.encode(EventEnvelope.of(TestTokens.subjectOf(user), event)));
    }

    private static void awaitBox(String user, String card, int box) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(user).get("/api/cards/" + card).then().body("schedule.box", equalTo(box)));
    }
}
