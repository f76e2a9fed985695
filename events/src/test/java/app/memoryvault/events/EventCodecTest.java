package app.memoryvault.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventCodecTest {

    @Inject
    EventCodec codec;

    @Inject
    ObjectMapper mapper;

    @Test
    void shouldRoundTripEveryEventThroughJson() {
        EventSamples.full().values().forEach(event -> {
            EventEnvelope<DomainEvent> sent = EventEnvelope.of("alice", event);

            EventEnvelope<JsonNode> received = codec.decode(codec.encode(sent));

            assertThat(received.eventId()).isEqualTo(sent.eventId());
            assertThat(received.type()).isEqualTo(event.type());
            assertThat(received.version()).isEqualTo(1);
            assertThat(received.occurredAt()).isEqualTo(sent.occurredAt());
            assertThat(received.ownerId()).isEqualTo("alice");
            assertThat(codec.payload(received)).contains(event);
            assertThat(codec.payload(received, event.getClass())).isEqualTo(event);
        });
    }

    @Test
    void shouldWriteInstantsAsIso8601Utc() throws IOException {
        DomainEvent reviewed = EventSamples.full().get(EventType.CARD_REVIEWED);

        JsonNode json = mapper.readTree(codec.encode(EventEnvelope.of("alice", reviewed)));

        assertThat(json.get("occurredAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");
        assertThat(json.at("/payload/reviewedAt").asText()).isEqualTo("2026-03-01T08:15:30.250Z");
        assertThat(json.at("/payload/state").asText()).isEqualTo("review");
    }

    @Test
    void shouldIgnoreUnknownFields() throws IOException {
        CardDeleted deleted = new CardDeleted(UUID.randomUUID(), UUID.randomUUID());
        ObjectNode json = (ObjectNode) mapper.readTree(codec.encode(EventEnvelope.of("alice", deleted)));
        json.put("traceparent", "00-abc-def-01");
        ((ObjectNode) json.get("payload")).put("reason", "added by a newer producer");

        EventEnvelope<JsonNode> received = codec.decode(json.toString());

        assertThat(codec.payload(received, CardDeleted.class)).isEqualTo(deleted);
    }

    @Test
    void shouldSkipEventTypesThisBuildDoesNotKnow() throws IOException {
        ObjectNode json = (ObjectNode) mapper.readTree(codec.encode(EventEnvelope.of("alice", new DeckDeleted(UUID.randomUUID()))));
        json.put("type", "deck-archived");

        assertThat(codec.payload(codec.decode(json.toString()))).isEmpty();
    }

    @Test
    void shouldRejectMessagesThatAreNotReadableEvents() throws IOException {
        String valid = codec.encode(EventEnvelope.of("alice", new DeckDeleted(UUID.randomUUID())));
        ObjectNode withoutId = (ObjectNode) mapper.readTree(valid);
        withoutId.remove("eventId");
        ObjectNode newerVersion = (ObjectNode) mapper.readTree(valid);
        newerVersion.put("version", 2);
        ObjectNode badPayload = (ObjectNode) mapper.readTree(valid);
        ((ObjectNode) badPayload.get("payload")).remove("deckId");

        assertThatThrownBy(() -> codec.decode("not json")).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> codec.decode(withoutId.toString())).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> codec.payload(codec.decode(newerVersion.toString())))
                .isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> codec.payload(codec.decode(badPayload.toString())))
                .isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> codec.payload(codec.decode(valid), CardDeleted.class))
                .isInstanceOf(MalformedEventException.class);
    }
}
