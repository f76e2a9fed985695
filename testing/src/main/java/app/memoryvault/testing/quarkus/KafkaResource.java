package app.memoryvault.testing.quarkus;

import app.memoryvault.testing.infra.KafkaServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Starts a real Kafka broker (KRaft) for a Quarkus test run and points {@code kafka.bootstrap.servers} at it. */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {

    private KafkaServer server;

    @Override
    public Map<String, String> start() {
        server = KafkaServer.startTemporary();
        return Map.of("kafka.bootstrap.servers", server.bootstrapServers());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
