package app.memoryvault.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Makes consumers idempotent: the {@code inbox} table remembers which event ids each consumer has applied, in the
 * same transaction as the effect, so a redelivered event is recognised and skipped.
 */
@ApplicationScoped
public class Inbox {

    private static final String RECORD = "insert into {h-schema}inbox (consumer, event_id, processed_at)"
            + " values (:consumer, :eventId, :processedAt) on conflict do nothing";
    private static final String PURGE = "delete from {h-schema}inbox where processed_at < :cutoff";

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    private final EntityManager entityManager;
    private final InboxConfig config;
    private final EventCodec codec;

    @Inject
    public Inbox(EntityManager entityManager, InboxConfig config, EventCodec codec) {
        this.entityManager = entityManager;
        this.config = config;
        this.codec = codec;
    }

    /**
     * What every consumer method does with a Kafka message: reads the envelope and applies its event once for
     * {@code consumer} through {@link #processOnce}. An event of a type this build does not know (a newer producer) is
     * skipped.
     *
     * @throws MalformedEventException for a message no retry can fix (it belongs on the dead-letter topic)
     */
    public void consumeOnce(String consumer, String message, Consumer<EventEnvelope<DomainEvent>> effect) {
        EventEnvelope<JsonNode> envelope = codec.decode(message);
        Optional<DomainEvent> event = codec.payload(envelope);
        if (event.isEmpty()) {
            LOG.debugf("%s skips event %s of unknown type %s", consumer, envelope.eventId(), envelope.type());
            return;
        }
        EventEnvelope<DomainEvent> typed = envelope.withPayload(event.get());
        processOnce(consumer, envelope.eventId(), () -> effect.accept(typed));
    }

    /**
     * Records that {@code consumer} applies {@code eventId} now; false when it already has (skip the effect).
     * Must run in the transaction of the effect: if that rolls back, so does this record. A concurrent delivery
     * of the same id waits for this transaction and then gets false.
     *
     * @throws jakarta.transaction.TransactionalException when there is no transaction
     */
    @Transactional(TxType.MANDATORY)
    public boolean firstDelivery(String consumer, UUID eventId) {
        return entityManager.createNativeQuery(RECORD)
                .setParameter("consumer", consumer)
                .setParameter("eventId", eventId)
                .setParameter("processedAt", Instant.now())
                .executeUpdate() == 1;
    }

    /**
     * Runs {@code effect} in a new transaction together with its inbox record, unless {@code consumer} has already
     * applied {@code eventId}. Returns whether the effect ran. Call it from the consumer method, outside any
     * transaction, so that each retry gets a fresh one.
     */
    public boolean processOnce(String consumer, UUID eventId, Runnable effect) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!firstDelivery(consumer, eventId)) {
                return false;
            }
            effect.run();
            return true;
        });
    }

    /** Forgets event ids older than the retention; runs hourly, and is harmless on several replicas at once. */
    @Scheduled(identity = "memoryvault-inbox-purge", every = "1h", delayed = "1m")
    @Transactional
    public void purgeExpired() {
        entityManager.createNativeQuery(PURGE)
                .setParameter("cutoff", Instant.now().minus(config.retention()))
                .executeUpdate();
    }
}
