package app.memoryvault.testing.infra;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;

/** A real single-node Kafka broker in KRaft mode (broker and controller in one) inside this JVM. */
public final class KafkaServer implements AutoCloseable {

    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";

    private final KafkaRaftServer server;
    private final int port;
    private final Path logDir;
    private final boolean temporary;

    private KafkaServer(KafkaRaftServer server, int port, Path logDir, boolean temporary) {
        this.server = server;
        this.port = port;
        this.logDir = logDir;
        this.temporary = temporary;
    }

    /** A throw-away broker on a free port; its log directory is deleted on close. */
    public static KafkaServer startTemporary() {
        try {
            return start(Files.createTempDirectory("memoryvault-kafka"), FreePorts.next(), FreePorts.next(), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A broker that keeps its topics in {@code logDir} between runs. */
    public static KafkaServer startPersistent(Path logDir, int port, int controllerPort) {
        return start(logDir, port, controllerPort, false);
    }

    private static KafkaServer start(Path logDir, int port, int controllerPort, boolean temporary) {
        Map<String, String> config = brokerConfig(logDir, port, controllerPort);
        KafkaConfig kafkaConfig = new KafkaConfig(config, false);
        format(logDir);
        KafkaRaftServer server = new KafkaRaftServer(kafkaConfig, Time.SYSTEM);
        server.startup();
        return new KafkaServer(server, port, logDir, temporary);
    }

    private static Map<String, String> brokerConfig(Path logDir, int port, int controllerPort) {
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

    /** Formats the storage on first use only: a directory with {@code meta.properties} keeps its cluster id and topics. */
    private static void format(Path logDir) {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .addDirectory(logDir.toAbsolutePath().toString())
                    .setMetadataLogDirectory(logDir.toAbsolutePath().toString())
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .setReleaseVersion(MetadataVersion.latestProduction())
                    .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("could not format Kafka storage in " + logDir, e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
        if (temporary) {
            Directories.deleteRecursively(logDir);
        }
    }
}
