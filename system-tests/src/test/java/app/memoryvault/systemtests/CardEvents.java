package app.memoryvault.systemtests;

import app.memoryvault.testing.kafka.TestTopics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;

/** Reads and re-sends messages of the {@code card-events} topic, as a redelivery would, and reads consumer progress. */
final class CardEvents implements AutoCloseable {

    static final String TOPIC = "card-events";

    private final String bootstrapServers;
    private final Admin admin;

    CardEvents(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers));
    }

    /** The first message keyed by {@code key} whose JSON names the given event type. */
    ConsumerRecord<String, String> awaitRecord(String key, String type) {
        List<ConsumerRecord<String, String>> records = TestTopics.read(bootstrapServers, TOPIC,
                TestTopics.keyAndType(key, type), 1, Duration.ofSeconds(30));
        if (records.isEmpty()) {
            throw new AssertionError("no " + type + " event for " + key + " on " + TOPIC);
        }
        return records.getFirst();
    }

    /** Sends the very same key and value again; it lands on the same partition, after everything sent before. */
    RecordMetadata redeliver(ConsumerRecord<String, String> record) {
        return TestTopics.send(bootstrapServers, TOPIC, record.key(), record.value());
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
        admin.close();
    }
}
