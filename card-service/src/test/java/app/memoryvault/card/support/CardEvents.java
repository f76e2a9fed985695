package app.memoryvault.card.support;

import static org.assertj.core.api.Assertions.assertThat;

import app.memoryvault.events.Topics;
import app.memoryvault.testing.kafka.TestTopics;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Reads what card-service published on card-events from the real broker. */
public final class CardEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CardEvents() {
    }

    /** The first record of this type keyed by {@code key}; fails when none arrives within 30 s. */
    public static ConsumerRecord<String, String> awaitRecord(String key, String type) {
        return awaitRecords(key, type, 1).getFirst();
    }

    /** At least {@code count} records of this type keyed by {@code key}, in order; fails when fewer arrive. */
    public static List<ConsumerRecord<String, String>> awaitRecords(String key, String type, int count) {
        List<ConsumerRecord<String, String>> records = TestTopics.read(Topics.CARD_EVENTS,
                TestTopics.keyAndType(key, type), count, Duration.ofSeconds(30));
        assertThat(records).as(type + " keyed by " + key).hasSizeGreaterThanOrEqualTo(count);
        return records;
    }

    /** The payload of the last record of this type keyed by {@code key}, once {@code count} have arrived. */
    public static JsonNode awaitPayload(String key, String type, int count) throws JsonProcessingException {
        return JSON.readTree(awaitRecords(key, type, count).getLast().value()).get("payload");
    }
}
