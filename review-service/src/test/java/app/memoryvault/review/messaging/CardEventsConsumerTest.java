package app.memoryvault.review.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import app.memoryvault.events.CardCreated;
import app.memoryvault.events.CardDeleted;
import app.memoryvault.events.CardItem;
import app.memoryvault.events.CardPurged;
import app.memoryvault.events.CardRestored;
import app.memoryvault.events.CardScheduleChanged;
import app.memoryvault.events.CardUpdated;
import app.memoryvault.events.DeckDeleted;
import app.memoryvault.events.DeckUpdated;
import app.memoryvault.events.DomainEvent;
import app.memoryvault.events.EventCodec;
import app.memoryvault.events.EventEnvelope;
import app.memoryvault.events.ReviewState;
import app.memoryvault.events.ScheduleChange;
import app.memoryvault.events.SchedulerType;
import app.memoryvault.events.Topics;
import app.memoryvault.review.ReviewServiceTest;
import app.memoryvault.review.TestData;
import app.memoryvault.review.model.CardSchedule;
import app.memoryvault.testing.kafka.TestTopics;
import app.memoryvault.testing.quarkus.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** card-events from the broker into the due queue: real messages on a real Kafka, read back through the API. */
@ReviewServiceTest
class CardEventsConsumerTest {

    private static final String ALICE = TestTokens.subjectOf("alice");
    private static final String BOB = TestTokens.subjectOf("bob");
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    EventCodec codec;

    @Inject
    EntityManager entityManager;

    @Test
    void shouldShowACreatedCardWithItsContentInItsOwnersQueueOnly() {
        UUID deckId = UUID.randomUUID();
        UUID cardId = UUID.randomUUID();
        UUID imageId = UUID.randomUUID();
        publish(ALICE, new CardCreated(cardId, deckId, List.of(CardItem.text("Bonjour"), CardItem.image(imageId)),
                List.of(CardItem.text("Hello")), List.of("french")), Instant.now());

        await().atMost(WAIT).until(() -> queue("alice", deckId).contains(cardId.toString()));
        due("alice", deckId)
                .body("items.size()", equalTo(1))
                .body("items[0].card.id", equalTo(cardId.toString()))
                .body("items[0].card.deckId", equalTo(deckId.toString()))
                .body("items[0].card.front[0].kind", equalTo("text"))
                .body("items[0].card.front[0].text", equalTo("Bonjour"))
                .body("items[0].card.front[1].kind", equalTo("image"))
                .body("items[0].card.front[1].mediaId", equalTo(imageId.toString()))
                .body("items[0].card.front[1]", not(hasKey("text")))
                .body("items[0].card.back[0].text", equalTo("Hello"))
                .body("items[0].card.tags", contains("french"))
                .body("items[0].state", equalTo("new"))
                .body("items[0].box", equalTo(1))
                .body("counts.new", equalTo(1))
                .body("counts.review", equalTo(0));
        assertThat(queue("bob", null)).doesNotContain(cardId.toString());
        due("bob", deckId).body("items.size()", equalTo(0)).body("counts.new", equalTo(0));
    }

    @Test
    void shouldApplyAnEventDeliveredTwiceOnlyOnce() {
        UUID deckId = UUID.randomUUID();
        UUID cardId = UUID.randomUUID();
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        EventEnvelope<DomainEvent> created = publish(ALICE, created(cardId, deckId, "twice"), t0);
        awaitApplied(created);
        long versionAfterFirst = schedule(cardId).version;

        send(created);
        // same key, so it is consumed after the redelivery; too old to change anything itself
        awaitApplied(publish(ALICE, updated(cardId, deckId, "marker"), t0.minusSeconds(60)));

        assertThat(count("select count(*) from review.card_schedule where card_id = ?1", cardId)).isEqualTo(1);
        assertThat(count("select count(*) from review.inbox where event_id = ?1", created.eventId())).isEqualTo(1);
        assertThat(schedule(cardId).version).isEqualTo(versionAfterFirst);
    }

    @Test
    void shouldHideADeletedCardAndShowItAgainOnceRestored() {
        UUID deckId = UUID.randomUUID();
        UUID cardId = UUID.randomUUID();
        Instant createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        publish(ALICE, created(cardId, deckId, "soon gone"), createdAt);
        await().atMost(WAIT).until(() -> queue("alice", deckId).contains(cardId.toString()));

        publish(ALICE, new CardDeleted(cardId, deckId), createdAt.plusSeconds(1));
        await().atMost(WAIT).until(() -> queue("alice", deckId).isEmpty());
        due("alice", deckId).body("counts.new", equalTo(0));

        publish(ALICE, new CardRestored(cardId, deckId), createdAt.plusSeconds(2));
        await().atMost(WAIT).until(() -> queue("alice", deckId).contains(cardId.toString()));
    }

    @Test
    void shouldNotLetLateEventsUndoNewerOnes() {
        UUID deckId = UUID.randomUUID();
        UUID cardId = UUID.randomUUID();
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        publish(ALICE, created(cardId, deckId, "first"), t0);
        publish(ALICE, updated(cardId, deckId, "newest"), t0.plusSeconds(3));
        publish(ALICE, new CardDeleted(cardId, deckId), t0.plusSeconds(4));

        // arriving after them, but older: a restore and an update replayed from the dead-letter topic
        awaitApplied(publish(ALICE, new CardRestored(cardId, deckId), t0.plusSeconds(2)));
        awaitApplied(publish(ALICE, updated(cardId, deckId, "stale"), t0.plusSeconds(1)));

        CardSchedule schedule = schedule(cardId);
        assertThat(schedule.deleted).isTrue();
        assertThat(schedule.content.front().getFirst().text()).isEqualTo("newest");
        assertThat(queue("alice", deckId)).isEmpty();
    }

    @Test
    void shouldRememberADeleteThatArrivesBeforeTheCardItself() {
        UUID deckId = UUID.randomUUID();
        UUID cardId = UUID.randomUUID();
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        awaitApplied(publish(ALICE, new CardDeleted(cardId, deckId), t0.plusSeconds(1)));
        awaitApplied(publish(ALICE, created(cardId, deckId, "created late"), t0));

        assertThat(schedule(cardId).deleted).isTrue();
        assertThat(queue("alice", deckId)).isEmpty();
        publish(ALICE, new CardRestored(cardId, deckId), t0.plusSeconds(2));
        await().atMost(WAIT).until(() -> queue("alice", deckId).contains(cardId.toString()));
        due("alice", deckId).body("items[0].card.front[0].text", equalTo("created late"));
    }

    @Test
    void shouldNeverBringBackAPurgedCard() {
        UUID deckId = UUID.randomUUID();
        UUID cardId = UUID.randomUUID();
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        publish(ALICE, created(cardId, deckId, "purge me"), t0);
        publish(ALICE, new CardDeleted(cardId, deckId), t0.plusSeconds(1));
        awaitApplied(publish(ALICE, new CardPurged(cardId, deckId), t0.plusSeconds(2)));
        assertThat(count("select count(*) from review.card_schedule where card_id = ?1", cardId)).isZero();

        awaitApplied(publish(ALICE, updated(cardId, deckId, "replayed"), t0.plusSeconds(3)));
        awaitApplied(publish(ALICE, new CardRestored(cardId, deckId), t0.plusSeconds(4)));

        assertThat(count("select count(*) from review.card_schedule where card_id = ?1", cardId)).isZero();
        assertThat(queue("alice", deckId)).isEmpty();
    }

    @Test
    void shouldHideTheCardsOfADeletedDeckEvenThoseArrivingAfterIt() {
        UUID deckId = UUID.randomUUID();
        UUID cardId = UUID.randomUUID();
        UUID lateCardId = UUID.randomUUID();
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        publish(ALICE, created(cardId, deckId, "in the deck"), t0);
        await().atMost(WAIT).until(() -> queue("alice", deckId).contains(cardId.toString()));

        awaitApplied(publish(ALICE, new DeckDeleted(deckId), t0.plusSeconds(2)));
        assertThat(queue("alice", deckId)).isEmpty();

        awaitApplied(publish(ALICE, created(lateCardId, deckId, "created before the deck went"), t0.plusSeconds(1)));
        assertThat(queue("alice", deckId)).isEmpty();
        assertThat(queue("alice", null)).doesNotContain(cardId.toString(), lateCardId.toString());
    }

    @Test
    void shouldShowTheCardsOfARestoredDeckAgainButNotForAnOlderUpdate() {
        UUID deckId = UUID.randomUUID();
        UUID cardId = UUID.randomUUID();
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        publish(ALICE, created(cardId, deckId, "in a deck that comes back"), t0);
        awaitApplied(publish(ALICE, new DeckDeleted(deckId), t0.plusSeconds(2)));
        assertThat(queue("alice", deckId)).isEmpty();

        awaitApplied(publish(ALICE, new DeckUpdated(deckId, SchedulerType.LEITNER), t0.plusSeconds(1)));
        assertThat(queue("alice", deckId)).as("an update older than the deletion").isEmpty();

        awaitApplied(publish(ALICE, new DeckUpdated(deckId, SchedulerType.LEITNER), t0.plusSeconds(3)));
        assertThat(queue("alice", deckId)).containsExactly(cardId.toString());
    }

    @Test
    void shouldScheduleNewCardsWithTheirDecksAlgorithm() {
        UUID deckId = UUID.randomUUID();
        UUID cardId = UUID.randomUUID();
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        publish(ALICE, created(cardId, deckId, "leitner first"), t0);
        await().atMost(WAIT).until(() -> queue("alice", deckId).contains(cardId.toString()));
        due("alice", deckId).body("items[0].box", equalTo(1));

        awaitApplied(publish(ALICE, new DeckUpdated(deckId, SchedulerType.FSRS), t0.plusSeconds(1)));

        due("alice", deckId).body("items[0].card.id", equalTo(cardId.toString()))
                .body("items[0]", not(hasKey("box")));
    }

    @Test
    void shouldGiveEachCardOfASwitchedDeckItsStartingStateAndPublishIt() {
        UUID deckId = UUID.randomUUID();
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        awaitApplied(publish(ALICE, new DeckUpdated(deckId, SchedulerType.LEITNER), t0));
        Instant due = t0.plus(Duration.ofDays(6));
        UUID studied = TestData.card(ALICE, deckId, SchedulerType.LEITNER, ReviewState.REVIEW, 4,
                t0.minus(Duration.ofDays(2)), due, false);
        UUID fresh = TestData.newCard(ALICE, deckId, t0);

        awaitApplied(publish(ALICE, new DeckUpdated(deckId, SchedulerType.FSRS), t0.plusSeconds(1)));

        CardSchedule fsrs = schedule(studied);
        assertThat(fsrs.algorithm).isEqualTo(SchedulerType.FSRS);
        assertThat(fsrs.state).isEqualTo(ReviewState.REVIEW);
        assertThat(fsrs.stability).isCloseTo(8.0, within(1e-9));
        assertThat(fsrs.difficulty).isCloseTo(2.11810397, within(1e-4));
        assertThat(fsrs.dueAt).isEqualTo(due);
        List<ConsumerRecord<String, String>> events = TestTopics.read(Topics.CARD_REVIEWED,
                TestTopics.keyAndType(studied.toString(), "card-schedule-changed"), 1, WAIT);
        assertThat(codec.payload(codec.decode(events.getFirst().value()), CardScheduleChanged.class))
                .isEqualTo(new CardScheduleChanged(studied, deckId, ScheduleChange.ALGORITHM_SWITCHED, false, null,
                        due, fsrs.stability, fsrs.difficulty, ReviewState.REVIEW));
        assertThat(TestData.scheduleChanges(fresh)).containsExactly(new CardScheduleChanged(fresh, deckId,
                ScheduleChange.ALGORITHM_SWITCHED, false, null, t0, null, null, ReviewState.NEW));

        awaitApplied(publish(ALICE, new DeckUpdated(deckId, SchedulerType.LEITNER), t0.plusSeconds(2)));
        // 8 days: the highest of the boxes 1, 2, 4, 8, 16 days not longer than that
        assertThat(schedule(studied).box).isEqualTo(4);
        assertThat(TestData.scheduleChanges(studied)).hasSize(2).last().isEqualTo(new CardScheduleChanged(studied,
                deckId, ScheduleChange.ALGORITHM_SWITCHED, false, 4, due, null, null, ReviewState.REVIEW));

        // an older deck-updated switches nothing and publishes nothing
        awaitApplied(publish(ALICE, new DeckUpdated(deckId, SchedulerType.FSRS), t0.plusMillis(1500)));
        assertThat(schedule(studied).algorithm).isEqualTo(SchedulerType.LEITNER);
        assertThat(TestData.scheduleChanges(studied)).hasSize(2);
        assertThat(TestData.scheduleChanges(fresh)).hasSize(2);
    }

    @Test
    void shouldDeadLetterAPoisonMessageAndApplyTheNextOne() {
        UUID cardId = UUID.randomUUID();
        UUID deckId = UUID.randomUUID();
        String poison = "{\"eventId\": \"not-a-uuid\", \"type\": \"card-created\"";
        TestTopics.send(Topics.CARD_EVENTS, cardId.toString(), poison);
        publish(ALICE, created(cardId, deckId, "after the poison"), Instant.now());

        await().atMost(WAIT).until(() -> queue("alice", deckId).contains(cardId.toString()));
        List<ConsumerRecord<String, String>> deadLetters =
                TestTopics.read(Topics.dlq(Topics.CARD_EVENTS), record -> cardId.toString().equals(record.key()), 1, WAIT);
        assertThat(deadLetters).extracting(ConsumerRecord::value).containsExactly(poison);
        assertThat(deadLetters.getFirst().headers().lastHeader("dead-letter-reason")).isNotNull();
    }

    @Test
    void shouldDeadLetterAnEventNamingAnotherUsersCard() {
        UUID deckId = UUID.randomUUID();
        UUID cardId = UUID.randomUUID();
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        awaitApplied(publish(ALICE, created(cardId, deckId, "alice's"), t0));

        EventEnvelope<DomainEvent> hijack = publish(BOB, updated(cardId, UUID.randomUUID(), "bob's now"),
                t0.plusSeconds(1));

        List<ConsumerRecord<String, String>> deadLetters =
                TestTopics.read(Topics.dlq(Topics.CARD_EVENTS), record -> cardId.toString().equals(record.key()), 1, WAIT);
        assertThat(deadLetters).extracting(ConsumerRecord::value).containsExactly(codec.encode(hijack));
        CardSchedule schedule = schedule(cardId);
        assertThat(schedule.ownerId).isEqualTo(ALICE);
        assertThat(schedule.deckId).isEqualTo(deckId);
        assertThat(schedule.content.front().getFirst().text()).isEqualTo("alice's");
    }

    private static CardCreated created(UUID cardId, UUID deckId, String front) {
        return new CardCreated(cardId, deckId, List.of(CardItem.text(front)), List.of(CardItem.text("back")), List.of());
    }

    private static CardUpdated updated(UUID cardId, UUID deckId, String front) {
        return new CardUpdated(cardId, deckId, List.of(CardItem.text(front)), List.of(CardItem.text("back")), List.of());
    }

    private static EventEnvelope<DomainEvent> envelope(String ownerId, DomainEvent event, Instant occurredAt) {
        return new EventEnvelope<>(UUID.randomUUID(), event.type(), event.version(), occurredAt, ownerId, event);
    }

    private EventEnvelope<DomainEvent> publish(String ownerId, DomainEvent event, Instant occurredAt) {
        EventEnvelope<DomainEvent> envelope = envelope(ownerId, event, occurredAt);
        send(envelope);
        return envelope;
    }

    private void send(EventEnvelope<DomainEvent> envelope) {
        TestTopics.send(Topics.CARD_EVENTS, envelope.payload().aggregateId(), codec.encode(envelope));
    }

    private void awaitApplied(EventEnvelope<DomainEvent> envelope) {
        await().atMost(WAIT).until(() ->
                count("select count(*) from review.inbox where event_id = ?1", envelope.eventId()) == 1);
    }

    private long count(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter(1, parameter)
                .getSingleResult()).longValue());
    }

    private static CardSchedule schedule(UUID cardId) {
        return QuarkusTransaction.requiringNew().call(() -> CardSchedule.<CardSchedule>findById(cardId));
    }

    private static ValidatableResponse due(String user, UUID deckId) {
        RequestSpecification request = given().auth().oauth2(TestTokens.user(user));
        if (deckId != null) {
            request.queryParam("deckId", deckId.toString());
        }
        return request.when().get("/api/review/due").then().statusCode(200);
    }

    private static List<String> queue(String user, UUID deckId) {
        return due(user, deckId).extract().jsonPath().getList("items.card.id", String.class);
    }
}
