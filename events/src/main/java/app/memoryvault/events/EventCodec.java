package app.memoryvault.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Turns envelopes into the JSON that travels on Kafka and back. Starts from the application's
 * {@link ObjectMapper} (its modules) and pins what the contract depends on, so a service's own Jackson settings
 * cannot change the wire format: camelCase names, ISO-8601 instants, nulls written, unknown fields ignored.
 */
@ApplicationScoped
public class EventCodec {

    private static final TypeReference<EventEnvelope<JsonNode>> RECEIVED = new TypeReference<>() {
    };

    private final ObjectMapper mapper;

    @Inject
    public EventCodec(ObjectMapper mapper) {
        this.mapper = mapper.copy()
                .setPropertyNamingStrategy(PropertyNamingStrategies.LOWER_CAMEL_CASE)
                .setDefaultPropertyInclusion(JsonInclude.Include.ALWAYS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.INDENT_OUTPUT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    public String encode(EventEnvelope<? extends DomainEvent> envelope) {
        try {
            return mapper.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise event " + envelope.eventId(), e);
        }
    }

    /** Reads a message; the payload stays a JSON tree until {@link #payload} reads it by type. */
    public EventEnvelope<JsonNode> decode(String json) {
        EventEnvelope<JsonNode> envelope;
        try {
            envelope = mapper.readValue(json, RECEIVED);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedEventException("not an event envelope: " + e.getMessage(), e);
        }
        if (envelope == null || !envelope.payload().isObject()) {
            throw new MalformedEventException("not an event envelope: the payload must be a JSON object");
        }
        return envelope;
    }

    /**
     * The payload as its record, for consumers that switch over the sealed {@link DomainEvent}; empty when this
     * build does not know the type (an event added after it was built: skip it).
     */
    public Optional<DomainEvent> payload(EventEnvelope<JsonNode> envelope) {
        return EventType.of(envelope.type()).map(type -> read(envelope, type));
    }

    /** The payload as the given record; the envelope's type must be that record's. */
    public <T extends DomainEvent> T payload(EventEnvelope<JsonNode> envelope, Class<T> payloadType) {
        EventType expected = EventType.of(payloadType);
        if (!expected.type().equals(envelope.type())) {
            throw new MalformedEventException("event " + envelope.eventId() + " is a " + envelope.type()
                    + ", not a " + expected.type());
        }
        return payloadType.cast(read(envelope, expected));
    }

    private DomainEvent read(EventEnvelope<JsonNode> envelope, EventType type) {
        if (envelope.version() != type.version()) {
            throw new MalformedEventException("event " + envelope.eventId() + " is " + type.type() + " version "
                    + envelope.version() + "; this build reads version " + type.version());
        }
        try {
            return mapper.treeToValue(envelope.payload(), type.payloadType());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedEventException("event " + envelope.eventId() + " has an invalid " + type.type()
                    + " payload: " + e.getMessage(), e);
        }
    }
}
