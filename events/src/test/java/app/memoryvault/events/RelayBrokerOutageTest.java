package app.memoryvault.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.memoryvault.events.store.OutboxMessage;
import app.memoryvault.events.testapp.NoteService;
import app.memoryvault.testing.infra.Directories;
import app.memoryvault.testing.infra.FreePorts;
import app.memoryvault.testing.infra.KafkaServer;
import app.memoryvault.testing.kafka.TestTopics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A relay of the test application's outbox pointed at a broker of its own, which the test stops and starts again
 * on the same address. The second broker starts with empty storage (the testing module's KafkaServer cannot yet
 * restart on an existing log directory), so what the first one acknowledged is checked before it stops.
 */
@QuarkusTest
class RelayBrokerOutageTest {

    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(2);

    @Inject
    NoteService notes;

    @Inject
    EventCodec codec;

    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    private final List<Path> logDirs = new ArrayList<>();
    private int port;
    private int controllerPort;
    private KafkaServer broker;
    private OutboxRelay relay;

    record RelayConfig(boolean enabled, Duration pollInterval, int batchSize, Duration sendTimeout,
            Duration sentRetention) implements OutboxConfig {
    }

    @BeforeEach
    void startBrokerAndRelay() throws IOException {
        QuarkusTransaction.requiringNew().run(() -> OutboxMessage.deleteAll());
        port = FreePorts.next();
        controllerPort = FreePorts.next();
        broker = startBroker();
        relay = new OutboxRelay(new RelayConfig(true, Duration.ofSeconds(1), 100, SEND_TIMEOUT, Duration.ofDays(7)),
                Map.of("bootstrap.servers", bootstrapServers()), metrics);
    }

    @AfterEach
    void stopBrokerAndRelay() {
        relay.close();
        if (broker != null) {
            broker.close();
        }
        logDirs.forEach(Directories::deleteRecursively);
    }

    @Test
    void shouldLoseAndReorderNothingWhenTheBrokerGoesDownAndComesBack() throws IOException {
        UUID first = notes.create("alice", "a1");
        UUID second = notes.create("bob", "b1");
        Set<String> keys = Set.of(first.toString(), second.toString());
        assertThat(relay.relayPending()).isEqualTo(2);
        assertThat(textsByKey(keys, 2)).containsEntry(first.toString(), List.of("a1"))
                .containsEntry(second.toString(), List.of("b1"));

        broker.close();
        broker = null;
        notes.update(first, "a2");
        notes.update(second, "b2");
        notes.update(first, "a3");

        assertThat(relay.relayPending()).isZero();
        assertThat(pendingTexts()).containsExactly("a2", "b2", "a3");
        assertThat(metrics.get("memoryvault.outbox.pending").gauge().value()).isEqualTo(3);
        assertThat(metrics.get("memoryvault.outbox.send.failures").counter().count()).isGreaterThanOrEqualTo(1);

        broker = startBroker();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            relay.relayPending();
            return pendingTexts().isEmpty();
        });

        assertThat(textsByKey(keys, 3)).containsEntry(first.toString(), List.of("a2", "a3"))
                .containsEntry(second.toString(), List.of("b2"));
    }

    private KafkaServer startBroker() throws IOException {
        Path logDir = Files.createTempDirectory("outage-kafka");
        logDirs.add(logDir);
        return KafkaServer.startPersistent(logDir, port, controllerPort);
    }

    /** The texts the broker holds per key, each event counted at its first delivery (re-sends are allowed). */
    private Map<String, List<String>> textsByKey(Set<String> keys, int expected) {
        List<ConsumerRecord<String, String>> records = TestTopics.read(bootstrapServers(), Topics.CARD_EVENTS,
                record -> keys.contains(record.key()), expected, Duration.ofSeconds(20));
        Map<UUID, ConsumerRecord<String, String>> firstDeliveries = new LinkedHashMap<>();
        records.forEach(record -> firstDeliveries.putIfAbsent(codec.decode(record.value()).eventId(), record));
        return firstDeliveries.values().stream().collect(Collectors.groupingBy(
                ConsumerRecord::key, Collectors.mapping(record -> text(record.value()), Collectors.toList())));
    }

    private String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    private String text(String message) {
        return codec.decode(message).payload().at("/front/0/text").asText();
    }

    private List<String> pendingTexts() {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>list("sentAt is null order by id"))
                .stream()
                .map(row -> text(row.payload))
                .toList();
    }
}
