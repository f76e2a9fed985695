package app.memoryvault.review.service;

import app.memoryvault.review.model.CardSchedule;
import app.memoryvault.review.model.DeckSetting;
import app.memoryvault.review.repository.DueQueueRepository;
import app.memoryvault.review.scheduling.Outcome;
import app.memoryvault.review.scheduling.Rating;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds a user's due queue: studied cards whose time has come, the most overdue first, then new cards, each with
 * the interval every rating would give now (the scheduler's preview).
 */
@ApplicationScoped
public class DueQueueService {

    private final DueQueueRepository repository;
    private final SettingsService settings;
    private final SchedulerFactory schedulers;

    public DueQueueService(DueQueueRepository repository, SettingsService settings, SchedulerFactory schedulers) {
        this.repository = repository;
        this.settings = settings;
        this.schedulers = schedulers;
    }

    /**
     * The caller's queue, across all decks or for one deck. A deck the caller does not own simply has no cards of
     * theirs, so it answers an empty queue rather than telling whether the deck exists.
     */
    public DueQueue dueNow(String ownerId, UUID deckId, int limit) {
        Instant now = Instant.now();
        List<CardSchedule> cards = new ArrayList<>(repository.dueStudied(ownerId, deckId, now, limit));
        if (cards.size() < limit) {
            cards.addAll(repository.unstudied(ownerId, deckId, limit - cards.size()));
        }
        return new DueQueue(cards, intervals(ownerId, cards, now), repository.countDueByState(ownerId, deckId, now));
    }

    private Map<UUID, Map<Rating, Double>> intervals(String ownerId, List<CardSchedule> cards, Instant now) {
        if (cards.isEmpty()) {
            return Map.of();
        }
        StudySettings studySettings = settings.settingsOf(ownerId);
        List<UUID> deckIds = cards.stream().map(card -> card.deckId).distinct().toList();
        Map<UUID, DeckSetting> decks = DeckSetting.<DeckSetting>list("deckId in ?1", deckIds).stream()
                .collect(Collectors.toMap(deck -> deck.deckId, Function.identity()));
        Map<UUID, Map<Rating, Double>> intervals = new HashMap<>();
        for (CardSchedule card : cards) {
            Map<Rating, Outcome> preview = schedulers
                    .schedulerFor(SchedulerFactory.algorithmOf(card, decks.get(card.deckId)), studySettings)
                    .preview(card.cardId, ScheduleStates.of(card), now);
            Map<Rating, Double> days = new EnumMap<>(Rating.class);
            preview.forEach((rating, outcome) -> days.put(rating, outcome.intervalDays()));
            intervals.put(card.cardId, days);
        }
        return intervals;
    }
}
