package app.memoryvault.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A single-node KRaft broker whose topics survive restarts. It exists because
 * {@code app.memoryvault.testing.infra.KafkaServer.startPersistent} formats the log directory with a new random
 * cluster id on every start, which Kafka rejects once the directory holds a {@code meta.properties} ("Invalid
 * cluster.id"). Same settings as that class; the only difference is that an existing cluster id is reused. Once
 * {@code KafkaServer} does the same, use it again and delete this class.
 */
final class PersistentKafka implements AutoCloseable {

    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";

    private final KafkaRaftServer server;

    private PersistentKafka(KafkaRaftServer server) {
        this.server = server;
    }

    static PersistentKafka start(Path logDir, int port, int controllerPort) {
        format(logDir, existingClusterId(logDir));
        KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(config(logDir, port, controllerPort), false),
                Time.SYSTEM);
        server.startup();
        return new PersistentKafka(server);
    }

    private static String existingClusterId(Path logDir) {
        Path metaProperties = logDir.resolve("meta.properties");
        if (!Files.isRegularFile(metaProperties)) {
            return Uuid.randomUuid().toString();
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(metaProperties)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + metaProperties, e);
        }
        return properties.getProperty("cluster.id");
    }

    private static void format(Path logDir, String clusterId) {
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(NODE_ID)
                    .setClusterId(clusterId)
                    .addDirectory(logDir.toAbsolutePath().toString())
                    .setMetadataLogDirectory(logDir.toAbsolutePath().toString())
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .setReleaseVersion(MetadataVersion.latestProduction())
                    .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                    .setIgnoreFormatted(true)
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("could not format Kafka storage in " + logDir, e);
        }
    }

    private static Map<String, String> config(Path logDir, int port, int controllerPort) {
        Map<String, String> config = new HashMap<>();
        config.put("process.roles", "broker,controller");
        config.put("node.id", String.valueOf(NODE_ID));
        config.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        config.put("controller.listener.names", CONTROLLER_LISTENER);
        config.put("listeners", "PLAINTEXT://127.0.0.1:" + port + "," + CONTROLLER_LISTENER + "://127.0.0.1:" + controllerPort);
        config.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        config.put("inter.broker.listener.name", "PLAINTEXT");
        config.put("log.dirs", logDir.toAbsolutePath().toString());
        config.put("num.partitions", "3");
        config.put("auto.create.topics.enable", "true");
        config.put("offsets.topic.replication.factor", "1");
        config.put("offsets.topic.num.partitions", "5");
        config.put("transaction.state.log.replication.factor", "1");
        config.put("transaction.state.log.min.isr", "1");
        config.put("share.coordinator.state.topic.replication.factor", "1");
        config.put("share.coordinator.state.topic.min.isr", "1");
        config.put("default.replication.factor", "1");
        config.put("min.insync.replicas", "1");
        config.put("group.initial.rebalance.delay.ms", "0");
        config.put("log.flush.interval.messages", "1");
        return config;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }
}
