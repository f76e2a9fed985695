package app.memoryvault.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.memoryvault.events.testapp.AppliedEvent;
import app.memoryvault.events.testapp.CardEventsConsumer;
import app.memoryvault.testing.kafka.TestTopics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The consumer recipe of events/README.md: retry, then dead-letter, and go on with the next message. */
@QuarkusTest
class DeadLetterTest {

    @Inject
    EventCodec codec;

    @Inject
    CardEventsConsumer consumer;

    @Test
    void shouldDeadLetterPoisonMessagesAndKeepConsumingTheirPartition() {
        UUID cardId = UUID.randomUUID();
        String key = cardId.toString();
        EventEnvelope<DomainEvent> poison = created(cardId, CardEventsConsumer.POISON);
        EventEnvelope<DomainEvent> next = created(cardId, "fine");

        TestTopics.send(Topics.CARD_EVENTS, key, "{not an event");
        TestTopics.send(Topics.CARD_EVENTS, key, codec.encode(poison));
        TestTopics.send(Topics.CARD_EVENTS, key, codec.encode(next));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> QuarkusTransaction.requiringNew().call(() -> AppliedEvent.count("eventId", next.eventId())) == 1);
        assertThat(consumer.attempts(poison.eventId())).as("first delivery and two retries").isEqualTo(3);
        List<ConsumerRecord<String, String>> deadLetters = TestTopics.read(
                Topics.dlq(Topics.CARD_EVENTS), record -> key.equals(record.key()), 2, Duration.ofSeconds(20));
        assertThat(deadLetters).extracting(ConsumerRecord::value)
                .containsExactly("{not an event", codec.encode(poison));
        assertThat(deadLetters).allSatisfy(record -> {
            assertThat(record.headers().lastHeader("dead-letter-reason")).isNotNull();
            assertThat(new String(record.headers().lastHeader("dead-letter-topic").value())).isEqualTo(Topics.CARD_EVENTS);
        });
        assertThat(QuarkusTransaction.requiringNew().call(() -> AppliedEvent.count("cardId", cardId))).isEqualTo(1);
    }

    private static EventEnvelope<DomainEvent> created(UUID cardId, String text) {
        return EventEnvelope.of("alice",
                new CardCreated(cardId, UUID.randomUUID(), List.of(CardItem.text(text)), List.of(), List.of()));
    }
}
