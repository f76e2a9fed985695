package app.memoryvault.events;

/**
 * A fact that one service publishes for the others: the payload of an {@link EventEnvelope}.
 * Each record names its {@link EventType} and the aggregate whose events must stay in order; that id is the
 * Kafka key, so all events of one card (or deck, or media file) land on one partition.
 */
public sealed interface DomainEvent
        permits CardCreated, CardUpdated, CardDeleted, CardRestored, CardPurged, DeckUpdated, DeckDeleted,
        DeckPurged, MediaUploaded, MediaProcessed, CardReviewed, CardScheduleChanged {

    EventType eventType();

    /** The id of the aggregate this event is about; the Kafka message key. */
    String aggregateId();

    default String type() {
        return eventType().type();
    }

    default int version() {
        return eventType().version();
    }
}
