package app.memoryvault.events;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * What travels on Kafka: the event's identity and metadata around its payload. Producers build it with
 * {@link #of(String, DomainEvent)}; consumers get it from {@link EventCodec#decode(String)} with the payload as
 * a JSON tree and read the record through the codec once they know the {@code type}.
 *
 * @param eventId    unique per event; consumers deduplicate on it (see {@link Inbox})
 * @param type       the kebab-case event type, e.g. {@code card-created}
 * @param version    the payload's schema version
 * @param occurredAt when the state change happened, ISO-8601 UTC in JSON
 * @param ownerId    the OIDC subject of the user who owns the data
 * @param payload    the event record (producer side) or its JSON tree (consumer side)
 */
public record EventEnvelope<P>(UUID eventId, String type, int version, Instant occurredAt, String ownerId, P payload) {

    public EventEnvelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(payload, "payload");
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1, was " + version);
        }
    }

    /** The same envelope carrying {@code newPayload}, e.g. the typed event read from a raw JSON payload. */
    public <T> EventEnvelope<T> withPayload(T newPayload) {
        return new EventEnvelope<>(eventId, type, version, occurredAt, ownerId, newPayload);
    }

    /** A new envelope for an event that happens now. */
    public static EventEnvelope<DomainEvent> of(String ownerId, DomainEvent event) {
        return new EventEnvelope<>(UUID.randomUUID(), event.type(), event.version(),
                Instant.now().truncatedTo(ChronoUnit.MILLIS), ownerId, event);
    }
}
