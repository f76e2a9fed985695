package app.memoryvault.systemtests;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Reads and re-sends messages of the {@code card-events} topic, as a redelivery would, and reads consumer progress. */
final class CardEvents implements AutoCloseable {

    static final String TOPIC = "card-events";

    private final KafkaConsumer<String, String> consumer;
    private final KafkaProducer<String, String> producer;
    private final Admin admin;

    CardEvents(String bootstrapServers) {
        consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", bootstrapServers,
                "group.id", "system-test-" + UUID.randomUUID(),
                "auto.offset.reset", "earliest",
                "enable.auto.commit", "false"), new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(TOPIC));
        admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers));
        producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrapServers, "acks", "all"),
                new StringSerializer(), new StringSerializer());
    }

    /** The first message keyed by {@code key} whose JSON names the given event type. */
    ConsumerRecord<String, String> awaitRecord(String key, String type) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                if (key.equals(record.key()) && record.value().contains("\"" + type + "\"")) {
                    return record;
                }
            }
        }
        throw new AssertionError("no " + type + " event for " + key + " on " + TOPIC);
    }

    /** Sends the very same key and value again; it lands on the same partition, after everything sent before. */
    RecordMetadata redeliver(ConsumerRecord<String, String> record) {
        try {
            return producer.send(new ProducerRecord<>(TOPIC, record.key(), record.value())).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not redeliver", e);
        }
    }

    /** The offset a consumer group has committed on the partition of {@code record}: all before it is processed. */
    long committedOffset(String group, RecordMetadata record) throws ExecutionException, InterruptedException {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        OffsetAndMetadata committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get().get(partition);
        return committed == null ? -1 : committed.offset();
    }

    @Override
    public void close() {
        consumer.close();
        producer.close();
        admin.close();
    }
}
