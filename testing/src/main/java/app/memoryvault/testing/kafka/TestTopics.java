package app.memoryvault.testing.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Plain Kafka clients for tests: write raw messages as a producer or a redelivery would, and read a topic from the
 * beginning of every partition (no consumer group) to see exactly what was published, duplicates included.
 */
public final class TestTopics {

    private TestTopics() {
    }

    /** The broker of the running Quarkus test application ({@code kafka.bootstrap.servers}). */
    public static String bootstrapServers() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    /** Sends one message to the test application's broker and waits for the broker's ack. */
    public static RecordMetadata send(String topic, String key, String value) {
        return send(bootstrapServers(), topic, key, value);
    }

    public static RecordMetadata send(String bootstrapServers, String topic, String key, String value) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            return producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not send to " + topic, e.getCause());
        }
    }

    /** {@link #read(String, String, Predicate, int, Duration)} on the test application's broker. */
    public static List<ConsumerRecord<String, String>> read(String topic,
            Predicate<ConsumerRecord<String, String>> filter, int expected, Duration timeout) {
        return read(bootstrapServers(), topic, filter, expected, timeout);
    }

    /**
     * Reads {@code topic} from the beginning until {@code expected} records match {@code filter} and the topic has
     * no more (so duplicates are seen too), or {@code timeout} passes. Records of one key come in send order.
     */
    public static List<ConsumerRecord<String, String>> read(String bootstrapServers, String topic,
            Predicate<ConsumerRecord<String, String>> filter, int expected, Duration timeout) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<String, String>> matching = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            long deadline = System.nanoTime() + timeout.toNanos();
            List<TopicPartition> partitions = partitions(consumer, topic, deadline);
            if (partitions.isEmpty()) {
                return matching;
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            boolean drained = false;
            while (System.nanoTime() < deadline && !(matching.size() >= expected && drained)) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(200));
                records.forEach(record -> {
                    if (filter.test(record)) {
                        matching.add(record);
                    }
                });
                drained = records.isEmpty();
            }
        }
        return matching;
    }

    /** The topic's partitions, waiting for the topic to exist (it is created by its first message). */
    private static List<TopicPartition> partitions(KafkaConsumer<String, String> consumer, String topic, long deadline) {
        while (true) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(5)).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            if (!partitions.isEmpty() || System.nanoTime() > deadline) {
                return partitions;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return partitions;
            }
        }
    }

    /** A filter for the records of one key whose JSON value names the given event type. */
    public static Predicate<ConsumerRecord<String, String>> keyAndType(String key, String type) {
        String typeField = "\"type\":\"" + type + "\"";
        return record -> key.equals(record.key()) && record.value().contains(typeField);
    }
}
