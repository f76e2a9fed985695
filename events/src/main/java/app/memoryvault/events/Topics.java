package app.memoryvault.events;

/** The Kafka topics of the suite, one per event stream, and the dead-letter topic naming rule. */
public final class Topics {

    public static final String CARD_EVENTS = "card-events";
    public static final String MEDIA_UPLOADED = "media-uploaded";
    public static final String MEDIA_PROCESSED = "media-processed";
    public static final String CARD_REVIEWED = "card-reviewed";

    private static final String DLQ_SUFFIX = ".dlq";

    private Topics() {
    }

    /** The dead-letter topic of {@code topic}: where its consumers put messages they cannot process. */
    public static String dlq(String topic) {
        return topic + DLQ_SUFFIX;
    }
}
