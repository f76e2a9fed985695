package app.memoryvault.events;

import app.memoryvault.events.store.OutboxMessage;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

/**
 * Sends committed outbox rows to Kafka in id order, keyed by aggregate id, and marks each one sent once the
 * broker has acknowledged it ({@code acks=all}, idempotent producer).
 *
 * <p>One relay per database schema works at a time: each poll runs in one transaction that first takes a
 * transaction-scoped Postgres advisory lock derived from the schema's {@code outbox} table; a replica that does not
 * get it skips the poll. (Not {@code FOR UPDATE SKIP LOCKED}: two replicas would then send neighbouring rows of
 * one key concurrently and could swap them.) Sends are synchronous, one row after the other, and the first
 * failure ends the poll: rows before it are marked sent in the same transaction, the failed row and everything
 * after it stay pending for the next poll. A later row of a key is therefore never on the broker before an
 * earlier one. A crash between an acknowledged send and the commit re-sends those rows: delivery is at least
 * once and consumers deduplicate with {@link Inbox}.
 *
 * <p>Why a plain {@link KafkaProducer} and not a SmallRye {@code Emitter}: the relay needs to wait for each
 * acknowledgement before the next send and to throw the producer away after a failure (an idempotent producer
 * that timed out may hold batches it will still retry). An emitter sends asynchronously through a channel with
 * its own in-flight window, retries and failure state, which would make both harder to get right, and a failed
 * send would mark the channel unhealthy. The producer takes every {@code kafka.*} setting of the application
 * (bootstrap servers, security), so it talks to the same cluster as the SmallRye channels, whose health checks
 * are untouched.
 */
@ApplicationScoped
public class OutboxRelay {

    public static final String JOB = "memoryvault-outbox-relay";
    public static final String PURGE_JOB = "memoryvault-outbox-purge";

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** High 32 bits of the advisory lock key ("MVOB"), so it cannot meet another lock user's small numbers. */
    private static final long LOCK_NAMESPACE = 0x4d56_4f42L << 32;
    /**
     * Low bits: the oid of the outbox table's row type, one per schema. Written without quotes so that Hibernate
     * puts the default schema in front of the table name, as it does for the entity.
     */
    private static final String TRY_LOCK =
            "select pg_try_advisory_xact_lock(:namespace + pg_typeof(null::{h-schema}outbox)::oid::bigint)";

    private final OutboxConfig config;
    private final Map<String, Object> kafkaConfig;
    private final ReentrantLock polling = new ReentrantLock();
    private final AtomicLong pending = new AtomicLong();
    private final Counter sent;
    private final Counter failures;
    private KafkaProducer<String, String> producer;
    private volatile boolean stopping;

    @Inject
    public OutboxRelay(OutboxConfig config, @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            MeterRegistry registry) {
        this.config = config;
        this.kafkaConfig = kafkaConfig;
        Gauge.builder("memoryvault.outbox.pending", pending, AtomicLong::get)
                .description("Outbox rows not yet acknowledged by Kafka")
                .register(registry);
        this.sent = Counter.builder("memoryvault.outbox.sent").description("Outbox rows sent").register(registry);
        this.failures = Counter.builder("memoryvault.outbox.send.failures")
                .description("Sends that Kafka did not acknowledge in time; retried on the next poll")
                .register(registry);
    }

    @Scheduled(identity = JOB, every = "${memoryvault.outbox.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Disabled.class)
    void poll() {
        if (stopping) {
            return;
        }
        try {
            relayPending();
        } catch (RuntimeException e) {
            LOG.warnf("Outbox relay poll failed, retrying on the next poll: %s", e);
        }
    }

    /** No new polls once the application stops: the database may already be gone. */
    void stop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /**
     * Sends one batch of pending rows now and returns how many were sent: 0 when there was nothing to send, when
     * Kafka failed on the first row, or when another relay holds this schema's lock.
     */
    public int relayPending() {
        polling.lock();
        try {
            return QuarkusTransaction.requiringNew().timeout(transactionTimeoutSeconds()).call(this::relayBatch);
        } finally {
            polling.unlock();
        }
    }

    private int relayBatch() {
        int count = 0;
        if (tryLock()) {
            List<OutboxMessage> batch = OutboxMessage.<OutboxMessage>find("sentAt is null order by id")
                    .range(0, config.batchSize() - 1)
                    .list();
            long deadline = System.nanoTime() + config.sendTimeout().toNanos();
            for (OutboxMessage message : batch) {
                if ((count > 0 && System.nanoTime() > deadline) || !send(message)) {
                    break;
                }
                message.sentAt = Instant.now();
                count++;
            }
            pending.set(OutboxMessage.count("sentAt is null"));
        }
        sent.increment(count);
        return count;
    }

    /** Deletes rows sent longer ago than the retention; hourly, and harmless on several replicas at once. */
    @Scheduled(identity = PURGE_JOB, every = "1h", delayed = "1m", skipExecutionIf = Disabled.class)
    @Transactional
    public void purgeSent() {
        OutboxMessage.delete("sentAt < ?1", Instant.now().minus(config.sentRetention()));
    }

    private boolean tryLock() {
        return (Boolean) OutboxMessage.getEntityManager()
                .createNativeQuery(TRY_LOCK, Boolean.class)
                .setParameter("namespace", LOCK_NAMESPACE)
                .getSingleResult();
    }

    private boolean send(OutboxMessage message) {
        ProducerRecord<String, String> record =
                new ProducerRecord<>(message.topic, message.messageKey, message.payload);
        try {
            producer().send(record).get(config.sendTimeout().toMillis() + 5_000, TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            discardProducer();
            return false;
        } catch (ExecutionException | TimeoutException | KafkaException e) {
            failures.increment();
            LOG.warnf("Outbox row %d (%s %s to %s) not acknowledged, retrying on the next poll: %s",
                    message.id, message.eventType, message.eventId, message.topic,
                    e instanceof ExecutionException ? e.getCause() : e);
            discardProducer();
            return false;
        }
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(producerConfig(), new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    private Map<String, Object> producerConfig() {
        Map<String, Object> properties = new HashMap<>();
        kafkaConfig.forEach((key, value) -> {
            if (ProducerConfig.configNames().contains(key)) {
                properties.put(key, value);
            }
        });
        properties.putIfAbsent(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092");
        int timeoutMs = Math.toIntExact(config.sendTimeout().toMillis());
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, JOB);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMs);
        properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeoutMs);
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeoutMs);
        return properties;
    }

    /** After a failure the producer may still hold and retry the failed batch: start the next poll afresh. */
    private void discardProducer() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    /** Generous: a poll sends for at most one send timeout, then waits at most one more for the last send. */
    private int transactionTimeoutSeconds() {
        return (int) Math.max(60, 3 * config.sendTimeout().toSeconds());
    }

    @PreDestroy
    public void close() {
        polling.lock();
        try {
            if (producer != null) {
                producer.close(config.sendTimeout());
                producer = null;
            }
        } finally {
            polling.unlock();
        }
    }

    /** Skips the scheduled poll when {@code memoryvault.outbox.enabled} is false. */
    @Singleton
    public static class Disabled implements Scheduled.SkipPredicate {

        private final OutboxConfig config;

        @Inject
        public Disabled(OutboxConfig config) {
            this.config = config;
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return !config.enabled();
        }
    }
}
