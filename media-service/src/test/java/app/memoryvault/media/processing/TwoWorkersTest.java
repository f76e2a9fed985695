package app.memoryvault.media.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.memoryvault.events.EventCodec;
import app.memoryvault.events.EventEnvelope;
import app.memoryvault.events.MediaUploaded;
import app.memoryvault.events.Topics;
import app.memoryvault.media.storage.MediaStorage;
import app.memoryvault.media.upload.TestMedia;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second worker joining consumer group {@code media-worker} takes some of the partitions of {@code media-uploaded}
 * and processes the jobs on them while the service's own worker processes the rest: adding workers spreads the
 * load. The second worker is a plain Kafka consumer in the same group running the same job.
 */
@WorkerTest
@TestProfile(WorkerProfile.class)
class TwoWorkersTest {

    private static final int PARTITIONS = 4;

    @Inject
    MediaJob job;

    @Inject
    MediaStorage storage;

    @TempDir
    Path dir;

    @Inject
    EventCodec codec;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void shouldShareTheJobsOfOneConsumerGroup() throws Exception {
        widenTopic();
        Set<UUID> processedBySecond = ConcurrentHashMap.newKeySet();
        Set<TopicPartition> assigned = ConcurrentHashMap.newKeySet();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread second = Thread.ofPlatform().name("second-worker").start(() -> consume(assigned, processedBySecond,
                running));
        try {
            await().atMost(Duration.ofSeconds(90)).until(() -> !assigned.isEmpty() && assigned.size() < PARTITIONS);
            int secondsPartition = assigned.iterator().next().partition();
            int servicesPartition = IntStream.range(0, PARTITIONS)
                    .filter(p -> assigned.stream().noneMatch(tp -> tp.partition() == p)).findFirst().orElseThrow();
            List<UUID> toSecond = new ArrayList<>();
            List<UUID> toService = new ArrayList<>();
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap),
                    new StringSerializer(), new StringSerializer())) {
                for (int i = 0; i < 4; i++) {
                    MediaUploaded event = Jobs.pendingImage(storage, dir, TestMedia.png(60 + i));
                    int partition = i % 2 == 0 ? secondsPartition : servicesPartition;
                    (i % 2 == 0 ? toSecond : toService).add(event.mediaId());
                    producer.send(new ProducerRecord<>(Topics.MEDIA_UPLOADED, partition, event.aggregateId(),
                            codec.encode(EventEnvelope.of("sub-" + Jobs.newUser(), event)))).get();
                }
            }

            for (UUID id : toSecond) {
                assertThat(Jobs.awaitProcessed(id).status).isEqualTo("ready");
            }
            for (UUID id : toService) {
                assertThat(Jobs.awaitProcessed(id).status).isEqualTo("ready");
            }
            assertThat(processedBySecond).containsAll(toSecond).doesNotContainAnyElementsOf(toService);
        } finally {
            running.set(false);
            second.join(30_000);
        }
    }

    private void consume(Set<TopicPartition> assigned, Set<UUID> processed, AtomicBoolean running) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "media-worker");
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.MEDIA_UPLOADED));
            while (running.get()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    EventEnvelope<JsonNode> envelope = codec.decode(record.value());
                    MediaUploaded event = codec.payload(envelope, MediaUploaded.class);
                    job.run(envelope.eventId(), event);
                    processed.add(event.mediaId());
                }
                consumer.commitSync();
                assigned.clear();
                assigned.addAll(consumer.assignment());
            }
        }
    }

    private void widenTopic() throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            Set<String> topics = admin.listTopics().names().get();
            if (!topics.contains(Topics.MEDIA_UPLOADED)) {
                admin.createTopics(List.of(new NewTopic(Topics.MEDIA_UPLOADED,
                        PARTITIONS, (short) 1))).all().get();
                return;
            }
            int partitions = admin.describeTopics(List.of(Topics.MEDIA_UPLOADED)).allTopicNames().get()
                    .get(Topics.MEDIA_UPLOADED).partitions().size();
            if (partitions < PARTITIONS) {
                admin.createPartitions(Map.of(Topics.MEDIA_UPLOADED, NewPartitions.increaseTo(PARTITIONS))).all()
                        .get();
            }
        }
    }
}
