package app.memoryvault.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import app.memoryvault.events.store.OutboxMessage;
import app.memoryvault.events.testapp.AppliedEvent;
import app.memoryvault.events.testapp.CardEventsConsumer;
import app.memoryvault.events.testapp.Note;
import app.memoryvault.events.testapp.NoteService;
import app.memoryvault.testing.kafka.TestTopics;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OutboxTest {

    @Inject
    NoteService notes;

    @Inject
    OutboxPublisher publisher;

    @Inject
    OutboxRelay relay;

    @Inject
    EventCodec codec;

    @Inject
    CardEventsConsumer consumer;

    @Inject
    Scheduler scheduler;

    @BeforeEach
    void emptyOutbox() {
        QuarkusTransaction.requiringNew().run(() -> OutboxMessage.deleteAll());
    }

    @Test
    void shouldCommitTheStateChangeAndItsOutboxRowTogether() {
        UUID id = notes.create("alice", "hello");

        List<OutboxMessage> rows = pendingRows();
        assertThat(QuarkusTransaction.requiringNew().<Note>call(() -> Note.findById(id))).isNotNull();
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.topic).isEqualTo(Topics.CARD_EVENTS);
            assertThat(row.messageKey).isEqualTo(id.toString());
            assertThat(row.eventType).isEqualTo("card-created");
            EventEnvelope<JsonNode> envelope = codec.decode(row.payload);
            assertThat(envelope.eventId()).isEqualTo(row.eventId);
            assertThat(envelope.ownerId()).isEqualTo("alice");
            assertThat(codec.payload(envelope, CardCreated.class).cardId()).isEqualTo(id);
        });
    }

    @Test
    void shouldLeaveNeitherStateNorOutboxRowWhenTheTransactionRollsBack() {
        List<UUID> created = new ArrayList<>();

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            created.add(notes.create("alice", "never"));
            throw new IllegalStateException("the use case fails after publishing");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(created).hasSize(1);
        assertThat(QuarkusTransaction.requiringNew().<Note>call(() -> Note.findById(created.getFirst()))).isNull();
        assertThat(pendingRows()).isEmpty();
    }

    @Test
    void shouldRefuseToPublishOutsideATransaction() {
        assertThatThrownBy(() -> publisher.publish("alice", new DeckDeleted(UUID.randomUUID())))
                .isInstanceOf(TransactionalException.class);
    }

    @Test
    void shouldPublishInOrderPerKeyWithKeyAndTopicAndMarkRowsSent() {
        UUID first = notes.create("alice", "a1");
        UUID second = notes.create("bob", "b1");
        notes.update(first, "a2");
        notes.update(second, "b2");
        notes.update(first, "a3");
        notes.update(first, "a4");
        notes.update(second, "b3");

        assertThat(relayAll()).isEqualTo(7);

        Set<String> keys = Set.of(first.toString(), second.toString());
        List<ConsumerRecord<String, String>> records = TestTopics.read(Topics.CARD_EVENTS,
                record -> keys.contains(record.key()), 7, Duration.ofSeconds(20));
        assertThat(records).allSatisfy(record -> assertThat(record.topic()).isEqualTo(Topics.CARD_EVENTS));
        Map<String, List<String>> textsByKey = records.stream().collect(Collectors.groupingBy(ConsumerRecord::key,
                Collectors.mapping(record -> text(record.value()), Collectors.toList())));
        assertThat(textsByKey).containsEntry(first.toString(), List.of("a1", "a2", "a3", "a4"))
                .containsEntry(second.toString(), List.of("b1", "b2", "b3"));
        assertThat(pendingRows()).isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count("sentAt is not null"))).isEqualTo(7);
    }

    @Test
    void shouldResendAfterACrashBetweenSendAndMarkSentWhichTheInboxMakesHarmless() {
        UUID id = notes.create("alice", "sent twice");
        UUID eventId = pendingRows().getFirst().eventId;
        assertThat(relayAll()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> applied(eventId) == 1);

        // What a relay that dies after the broker's ack and before its commit leaves behind: a sent row still pending.
        QuarkusTransaction.requiringNew().run(() -> OutboxMessage.update("sentAt = null where eventId = ?1", eventId));
        assertThat(relayAll()).isEqualTo(1);

        await().atMost(Duration.ofSeconds(20)).until(() -> consumer.attempts(eventId) == 2);
        assertThat(TestTopics.read(Topics.CARD_EVENTS,
                record -> record.key().equals(id.toString()), 2, Duration.ofSeconds(20))).hasSize(2);
        assertThat(applied(eventId)).isEqualTo(1);
    }

    @Test
    void shouldPurgeSentRowsAfterTheRetention() {
        notes.create("alice", "old news");
        notes.create("alice", "recent news");
        assertThat(relayAll()).isEqualTo(2);
        QuarkusTransaction.requiringNew().run(() -> OutboxMessage.update("sentAt = ?1 where payload like ?2",
                Instant.now().minus(Duration.ofDays(8)), "%old news%"));

        relay.purgeSent();

        assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>listAll()))
                .singleElement().satisfies(row -> assertThat(row.payload).contains("recent news"));
    }

    @Test
    void shouldScheduleTheRelayFromTheLibrary() {
        assertThat(scheduler.getScheduledJob(OutboxRelay.JOB)).isNotNull();
    }

    private int relayAll() {
        int total = 0;
        for (int sent = relay.relayPending(); sent > 0; sent = relay.relayPending()) {
            total += sent;
        }
        return total;
    }

    private String text(String message) {
        return codec.decode(message).payload().at("/front/0/text").asText();
    }

    private static long applied(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> AppliedEvent.count("eventId", eventId));
    }

    private static List<OutboxMessage> pendingRows() {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.list("sentAt is null order by id"));
    }
}
