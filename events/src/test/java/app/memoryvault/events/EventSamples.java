package app.memoryvault.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One instance of every event, with every field set; and one with every optional field null. */
final class EventSamples {

    static final UUID CARD = UUID.fromString("7b0c1c9e-4a55-4a8b-9d5e-3c1f2f6b0a01");
    static final UUID DECK = UUID.fromString("5d1e0f3a-8c7b-4e2d-a1f0-9b8c7d6e5f02");
    static final UUID IMAGE = UUID.fromString("c3a2b1d0-1e2f-4a5b-8c9d-0e1f2a3b4c03");
    static final UUID AUDIO = UUID.fromString("e4f5a6b7-2c3d-4e5f-9a0b-1c2d3e4f5a04");
    static final Instant REVIEWED = Instant.parse("2026-03-01T08:15:30.250Z");

    private EventSamples() {
    }

    static Map<EventType, DomainEvent> full() {
        List<CardItem> front = List.of(CardItem.text("der Hund"), CardItem.image(IMAGE));
        List<CardItem> back = List.of(new CardItem(ItemKind.TEXT, "the dog", null), CardItem.audio(AUDIO));
        return Map.ofEntries(
                Map.entry(EventType.CARD_CREATED, new CardCreated(CARD, DECK, front, back, List.of("german", "animals"))),
                Map.entry(EventType.CARD_UPDATED, new CardUpdated(CARD, DECK, front, back, List.of("german"))),
                Map.entry(EventType.CARD_DELETED, new CardDeleted(CARD, DECK)),
                Map.entry(EventType.CARD_RESTORED, new CardRestored(CARD, DECK)),
                Map.entry(EventType.CARD_PURGED, new CardPurged(CARD, DECK)),
                Map.entry(EventType.DECK_UPDATED, new DeckUpdated(DECK, SchedulerType.FSRS)),
                Map.entry(EventType.DECK_DELETED, new DeckDeleted(DECK)),
                Map.entry(EventType.DECK_PURGED, new DeckPurged(DECK)),
                Map.entry(EventType.MEDIA_UPLOADED, new MediaUploaded(IMAGE, MediaKind.IMAGE, "image/png",
                        "tmp/" + IMAGE, 48_213, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")),
                Map.entry(EventType.MEDIA_PROCESSED, new MediaProcessed(AUDIO, MediaStatus.READY, null,
                        Map.of("audio", "media/" + AUDIO + "/audio.mp3"), 640, 480, 12_500L)),
                Map.entry(EventType.CARD_REVIEWED, new CardReviewed(CARD, DECK, 3, REVIEWED, 2,
                        REVIEWED.plusSeconds(86_400 * 2), 2.3065, 2.118, ReviewState.REVIEW)),
                Map.entry(EventType.CARD_SCHEDULE_CHANGED, new CardScheduleChanged(CARD, DECK,
                        ScheduleChange.SUSPENDED, true, null, REVIEWED.plusSeconds(86_400 * 9), 9.41, 4.93,
                        ReviewState.REVIEW)));
    }

    /** The events with optional fields: each with those fields null (or empty). */
    static List<DomainEvent> sparse() {
        return List.of(
                new CardCreated(CARD, DECK, List.of(), List.of(), List.of()),
                new MediaProcessed(IMAGE, MediaStatus.FAILED, "not a PNG after all", Map.of(), null, null, null),
                new CardReviewed(CARD, DECK, 1, REVIEWED, 1, REVIEWED.plusSeconds(86_400), null, null,
                        ReviewState.LEARNING),
                new CardScheduleChanged(CARD, DECK, ScheduleChange.RESET, false, 1, REVIEWED, null, null,
                        ReviewState.NEW));
    }
}
