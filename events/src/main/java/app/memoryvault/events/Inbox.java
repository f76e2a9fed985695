package app.memoryvault.events;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.UUID;

/**
 * Makes consumers idempotent: the {@code inbox} table remembers which event ids each consumer has applied, in the
 * same transaction as the effect, so a redelivered event is recognised and skipped.
 */
@ApplicationScoped
public class Inbox {

    private static final String RECORD = "insert into {h-schema}inbox (consumer, event_id, processed_at)"
            + " values (:consumer, :eventId, :processedAt) on conflict do nothing";
    private static final String PURGE = "delete from {h-schema}inbox where processed_at < :cutoff";

    private final EntityManager entityManager;
    private final InboxConfig config;

    @Inject
    public Inbox(EntityManager entityManager, InboxConfig config) {
        this.entityManager = entityManager;
        this.config = config;
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
