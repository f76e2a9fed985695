package app.memoryvault.events;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one table of every event the suite publishes: its type string, its schema version, the topic it goes to
 * and the record that carries it. A new event gets a row here, a record and a schema file.
 */
public enum EventType {

    CARD_CREATED("card-created", 1, Topics.CARD_EVENTS, CardCreated.class),
    CARD_UPDATED("card-updated", 1, Topics.CARD_EVENTS, CardUpdated.class),
    CARD_DELETED("card-deleted", 1, Topics.CARD_EVENTS, CardDeleted.class),
    CARD_RESTORED("card-restored", 1, Topics.CARD_EVENTS, CardRestored.class),
    CARD_PURGED("card-purged", 1, Topics.CARD_EVENTS, CardPurged.class),
    DECK_UPDATED("deck-updated", 1, Topics.CARD_EVENTS, DeckUpdated.class),
    DECK_DELETED("deck-deleted", 1, Topics.CARD_EVENTS, DeckDeleted.class),
    DECK_PURGED("deck-purged", 1, Topics.CARD_EVENTS, DeckPurged.class),
    MEDIA_UPLOADED("media-uploaded", 1, Topics.MEDIA_UPLOADED, MediaUploaded.class),
    MEDIA_PROCESSED("media-processed", 1, Topics.MEDIA_PROCESSED, MediaProcessed.class),
    CARD_REVIEWED("card-reviewed", 1, Topics.CARD_REVIEWED, CardReviewed.class),
    CARD_SCHEDULE_CHANGED("card-schedule-changed", 1, Topics.CARD_REVIEWED, CardScheduleChanged.class);

    private static final Map<String, EventType> BY_TYPE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EventType::type, Function.identity()));
    private static final Map<Class<?>, EventType> BY_PAYLOAD = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EventType::payloadType, Function.identity()));

    private final String type;
    private final int version;
    private final String topic;
    private final Class<? extends DomainEvent> payloadType;

    EventType(String type, int version, String topic, Class<? extends DomainEvent> payloadType) {
        this.type = type;
        this.version = version;
        this.topic = topic;
        this.payloadType = payloadType;
    }

    /** The event type for an envelope's {@code type}, empty for a type this build does not know. */
    public static Optional<EventType> of(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    public static EventType of(Class<? extends DomainEvent> payloadType) {
        EventType eventType = BY_PAYLOAD.get(payloadType);
        if (eventType == null) {
            throw new IllegalArgumentException("no event type for " + payloadType.getName());
        }
        return eventType;
    }

    /** The kebab-case name carried in the envelope, e.g. {@code card-created}. */
    public String type() {
        return type;
    }

    public int version() {
        return version;
    }

    public String topic() {
        return topic;
    }

    public Class<? extends DomainEvent> payloadType() {
        return payloadType;
    }

    /** The classpath location of the payload's JSON Schema (draft 2020-12). */
    public String schemaPath() {
        return "schemas/" + type + ".v" + version + ".json";
    }
}
