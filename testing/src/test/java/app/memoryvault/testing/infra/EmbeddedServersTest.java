package app.memoryvault.testing.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class EmbeddedServersTest {

    @Test
    void postgresAnswersQueries() throws Exception {
        try (PostgresServer server = PostgresServer.startTemporary();
                Connection connection = DriverManager.getConnection(server.jdbcUrl(), PostgresServer.USER, "");
                ResultSet result = connection.createStatement().executeQuery("select current_setting('server_version_num')::int")) {
            result.next();
            assertThat(result.getInt(1)).isGreaterThanOrEqualTo(170000);
        }
    }

    @Test
    void kafkaDeliversAProducedRecordToAConsumerGroup() throws Exception {
        try (KafkaServer server = KafkaServer.startTemporary()) {
            send(server, "smoke", "hello");
            assertThat(readOne(server, "smoke")).isEqualTo("hello");
        }
    }

    private static void send(KafkaServer server, String topic, String value) throws Exception {
        Map<String, Object> producerConfig = Map.of("bootstrap.servers", server.bootstrapServers());
        try (var producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "key", value)).get();
        }
    }

    private static String readOne(KafkaServer server, String topic) {
        Map<String, Object> consumerConfig = Map.of(
                "bootstrap.servers", server.bootstrapServers(),
                "group.id", "reader-" + UUID.randomUUID(),
                "auto.offset.reset", "earliest");
        try (var consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            ConsumerRecords<String, String> records = ConsumerRecords.empty();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.isEmpty() && System.nanoTime() < deadline) {
                records = consumer.poll(Duration.ofMillis(200));
            }
            assertThat(records.isEmpty()).as("a record on " + topic).isFalse();
            return records.iterator().next().value();
        }
    }

    @Test
    void kafkaKeepsItsTopicsAcrossARestartOnTheSameDirectory() throws Exception {
        Path logDir = Files.createTempDirectory("kafka-restart");
        int port = FreePorts.next();
        int controllerPort = FreePorts.next();
        try {
            try (KafkaServer server = KafkaServer.startPersistent(logDir, port, controllerPort)) {
                send(server, "kept", "before restart");
            }
            try (KafkaServer server = KafkaServer.startPersistent(logDir, port, controllerPort)) {
                assertThat(readOne(server, "kept")).isEqualTo("before restart");
            }
        } finally {
            Directories.deleteRecursively(logDir);
        }
    }

    @Test
    void s3RefusesUnsignedRequests() throws Exception {
        try (S3Server server = S3Server.startTemporary()) {
            server.createBucket("bucket");
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(server.endpoint() + "/bucket/object"))
                            .PUT(HttpRequest.BodyPublishers.ofString("data")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(403);
        }
    }
}
