package app.memoryvault.events;

import app.memoryvault.events.store.OutboxMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.Objects;

/**
 * Publishes an event the reliable way: as a row of the {@code outbox} table written in the caller's
 * transaction, so the state change and its event commit together or not at all. {@link OutboxRelay} sends it to
 * Kafka after the commit.
 */
@ApplicationScoped
public class OutboxPublisher {

    private final EventCodec codec;

    @Inject
    public OutboxPublisher(EventCodec codec) {
        this.codec = codec;
    }

    /**
     * Records {@code event} of {@code ownerId} (the OIDC subject) for publication on its type's topic, keyed by
     * its aggregate id. Must be called inside the transaction that makes the change.
     *
     * @throws jakarta.transaction.TransactionalException when there is no transaction
     */
    @Transactional(TxType.MANDATORY)
    public void publish(String ownerId, DomainEvent event) {
        Objects.requireNonNull(ownerId, "ownerId");
        EventEnvelope<DomainEvent> envelope = EventEnvelope.of(ownerId, event);
        // Write the caller's pending changes first: the row locks they take then order the outbox ids of
        // concurrent transactions on the same aggregate, so per-key id order is commit order.
        OutboxMessage.flush();
        OutboxMessage message = new OutboxMessage();
        message.eventId = envelope.eventId();
        message.topic = event.eventType().topic();
        message.messageKey = event.aggregateId();
        message.eventType = event.type();
        message.payload = codec.encode(envelope);
        message.createdAt = Instant.now();
        message.persist();
    }
}
