package app.memoryvault.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import app.memoryvault.events.testapp.AppliedEvent;
import app.memoryvault.events.testapp.CardEventsConsumer;
import app.memoryvault.testing.kafka.TestTopics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionalException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InboxTest {

    @Inject
    Inbox inbox;

    @Inject
    EventCodec codec;

    @Inject
    CardEventsConsumer consumer;

    @Inject
    EntityManager entityManager;

    @Test
    void shouldApplyAnEventIdOnceWhenItIsDeliveredTwice() {
        UUID eventId = UUID.randomUUID();
        AtomicInteger applied = new AtomicInteger();

        assertThat(inbox.processOnce("review-service", eventId, applied::incrementAndGet)).isTrue();
        assertThat(inbox.processOnce("review-service", eventId, applied::incrementAndGet)).isFalse();
        assertThat(inbox.processOnce("media-service", eventId, applied::incrementAndGet)).isTrue();

        assertThat(applied).hasValue(2);
        assertThat(QuarkusTransaction.requiringNew().call(() -> inbox.firstDelivery("review-service", eventId)))
                .isFalse();
    }

    @Test
    void shouldApplyAMessageOnceWhenKafkaDeliversItTwice() {
        UUID cardId = UUID.randomUUID();
        EventEnvelope<DomainEvent> envelope = EventEnvelope.of("alice",
                new CardCreated(cardId, UUID.randomUUID(), List.of(CardItem.text("twice")), List.of(), List.of()));
        String message = codec.encode(envelope);

        TestTopics.send(Topics.CARD_EVENTS, cardId.toString(), message);
        TestTopics.send(Topics.CARD_EVENTS, cardId.toString(), message);

        await().atMost(Duration.ofSeconds(20)).until(() -> consumer.attempts(envelope.eventId()) == 2);
        assertThat(QuarkusTransaction.requiringNew().call(() -> AppliedEvent.count("cardId", cardId))).isEqualTo(1);
    }

    @Test
    void shouldForgetTheEventIdWhenTheEffectRollsBack() {
        UUID eventId = UUID.randomUUID();

        assertThatThrownBy(() -> inbox.processOnce("review-service", eventId, () -> {
            throw new IllegalStateException("effect failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(inbox.processOnce("review-service", eventId, () -> { })).isTrue();
    }

    @Test
    void shouldRefuseToRecordOutsideATransaction() {
        assertThatThrownBy(() -> inbox.firstDelivery("review-service", UUID.randomUUID()))
                .isInstanceOf(TransactionalException.class);
    }

    @Test
    void shouldForgetEventIdsOlderThanTheRetention() {
        UUID old = UUID.randomUUID();
        UUID recent = UUID.randomUUID();
        inbox.processOnce("review-service", old, () -> { });
        inbox.processOnce("review-service", recent, () -> { });
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update {h-schema}inbox set processed_at = :at where event_id = :id")
                .setParameter("at", Instant.now().minus(Duration.ofDays(31)))
                .setParameter("id", old)
                .executeUpdate());

        inbox.purgeExpired();

        assertThat(inbox.processOnce("review-service", old, () -> { })).isTrue();
        assertThat(inbox.processOnce("review-service", recent, () -> { })).isFalse();
    }
}
