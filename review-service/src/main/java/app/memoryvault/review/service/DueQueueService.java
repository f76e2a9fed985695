package app.memoryvault.review.service;

import app.memoryvault.review.model.CardSchedule;
import app.memoryvault.review.model.DeckSetting;
import app.memoryvault.review.repository.DueQueueRepository;
import app.memoryvault.review.repository.ReviewLogRepository;
import app.memoryvault.review.scheduling.Outcome;
import app.memoryvault.review.scheduling.Rating;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * Builds a user's due queue within their daily limits: (re)learning cards whose step is over, and review cards due
 * before the end of the study day, the most overdue first; then new cards in creation order. New and review cards
 * stop at what the user's limits leave for the study day (their time zone and rollover hour); learning steps are
 * never held back. Each card comes with the interval every rating would give now (the scheduler's preview).
 */
@ApplicationScoped
public class DueQueueService {

    private final DueQueueRepository repository;
    private final ReviewLogRepository log;
    private final SettingsService settings;
    private final SchedulerFactory schedulers;

    public DueQueueService(DueQueueRepository repository, ReviewLogRepository log, SettingsService settings,
            SchedulerFactory schedulers) {
        this.repository = repository;
        this.log = log;
        this.settings = settings;
        this.schedulers = schedulers;
    }

    /**
     * The caller's queue, across all decks or for one deck; the limits count what was studied in all decks. A deck
     * the caller does not own simply has no cards of theirs, so it answers an empty queue rather than telling
     * whether the deck exists.
     */
    @Transactional
    public DueQueue dueNow(String ownerId, UUID deckId, int limit) {
        // the queue only reads: read-only entities keep no snapshot (a copy of each card's JSON content) to compare
        // at commit, and nothing is flushed
        repository.getEntityManager().unwrap(Session.class).setDefaultReadOnly(true);
        Instant now = Instant.now();
        StudySettings studySettings = settings.settingsOf(ownerId);
        DueQueue.Today today = today(ownerId, studySettings, now);
        List<CardSchedule> cards = new ArrayList<>(repository.learningDue(ownerId, deckId, now, limit));
        int reviews = (int) Math.min(limit, today.reviewsLeft());
        if (reviews > 0) {
            cards.addAll(repository.reviewDue(ownerId, deckId, today.day().end(), reviews));
        }
        cards.sort(Comparator.comparing((CardSchedule card) -> card.dueAt).thenComparing(card -> card.cardId));
        cards = new ArrayList<>(cards.subList(0, Math.min(limit, cards.size())));
        int fresh = (int) Math.min(limit - cards.size(), today.newLeft());
        if (fresh > 0) {
            cards.addAll(repository.unstudied(ownerId, deckId, fresh));
        }
        DueQueue.Counts counts = new DueQueue.Counts(
                today.newLeft() == 0 ? 0 : repository.countNew(ownerId, deckId, today.newLeft()),
                repository.countLearningDue(ownerId, deckId, now),
                today.reviewsLeft() == 0 ? 0 : repository.countReviewDue(ownerId, deckId, today.day().end(),
                        today.reviewsLeft()));
        return new DueQueue(cards, intervals(studySettings, cards, now), counts, today);
    }

    private DueQueue.Today today(String ownerId, StudySettings studySettings, Instant now) {
        StudyDay day = studySettings.dayOf(now);
        ReviewLogRepository.Studied studied = log.studiedBetween(ownerId, day.start(), day.end());
        return new DueQueue.Today(day, studied.newCards(), studied.reviews(),
                Math.max(0, studySettings.newPerDay() - studied.newCards()),
                Math.max(0, studySettings.reviewsPerDay() - studied.reviews()));
    }

    private Map<UUID, Map<Rating, Double>> intervals(StudySettings studySettings, List<CardSchedule> cards,
            Instant now) {
        if (cards.isEmpty()) {
            return Map.of();
        }
        List<UUID> deckIds = cards.stream().map(card -> card.deckId).distinct().toList();
        Map<UUID, DeckSetting> decks = DeckSetting.<DeckSetting>list("deckId in ?1", deckIds).stream()
                .collect(Collectors.toMap(deck -> deck.deckId, Function.identity()));
        Map<UUID, Map<Rating, Double>> intervals = new HashMap<>();
        for (CardSchedule card : cards) {
            Map<Rating, Outcome> preview = schedulers
                    .schedulerFor(SchedulerFactory.algorithmOf(card, decks.get(card.deckId)), studySettings,
                            decks.get(card.deckId))
                    .preview(card.cardId, ScheduleStates.of(card), now);
            Map<Rating, Double> days = new EnumMap<>(Rating.class);
            preview.forEach((rating, outcome) -> days.put(rating, outcome.intervalDays()));
            intervals.put(card.cardId, days);
        }
        return intervals;
    }
}
