package app.memoryvault.review.service;

import app.memoryvault.events.CardCreated;
import app.memoryvault.events.CardDeleted;
import app.memoryvault.events.CardItem;
import app.memoryvault.events.CardPurged;
import app.memoryvault.events.CardRestored;
import app.memoryvault.events.CardUpdated;
import app.memoryvault.events.DeckDeleted;
import app.memoryvault.events.DeckUpdated;
import app.memoryvault.events.DomainEvent;
import app.memoryvault.events.MalformedEventException;
import app.memoryvault.events.ScheduleChange;
import app.memoryvault.events.SchedulerType;
import app.memoryvault.review.config.ReviewConfig;
import app.memoryvault.review.model.CardContent;
import app.memoryvault.review.model.CardSchedule;
import app.memoryvault.review.model.ContentItem;
import app.memoryvault.review.model.DeckSetting;
import app.memoryvault.review.model.PurgedCard;
import app.memoryvault.review.repository.ReviewDayTotals;
import app.memoryvault.review.scheduling.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Keeps the schedules in step with card-service's events. Every effect is checked against the event's owner and
 * tolerates late events: content and deleted flag each ignore an event older than the one that last set them, a
 * purged card never comes back, a deleted deck stays deleted. Redelivery is handled before this, by the inbox.
 */
@ApplicationScoped
public class ScheduleProjection {

    private final EntityManager entityManager;
    private final SchedulerType defaultScheduler;
    private final SchedulerFactory schedulers;
    private final SettingsService settings;
    private final ScheduleChanges changes;
    private final ReviewDayTotals totals;

    public ScheduleProjection(EntityManager entityManager, ReviewConfig config, SchedulerFactory schedulers,
            SettingsService settings, ScheduleChanges changes, ReviewDayTotals totals) {
        this.entityManager = entityManager;
        this.defaultScheduler = config.defaultScheduler();
        this.schedulers = schedulers;
        this.settings = settings;
        this.changes = changes;
        this.totals = totals;
    }

    /** Applies one event of {@code ownerId} that occurred at {@code occurredAt}; other streams' events are ignored. */
    @Transactional(TxType.MANDATORY)
    public void apply(String ownerId, Instant occurredAt, DomainEvent event) {
        switch (event) {
            case CardCreated created -> content(ownerId, created.cardId(), created.deckId(),
                    content(created.front(), created.back(), created.tags()), occurredAt);
            case CardUpdated updated -> content(ownerId, updated.cardId(), updated.deckId(),
                    content(updated.front(), updated.back(), updated.tags()), occurredAt);
            case CardDeleted deleted -> lifecycle(ownerId, deleted.cardId(), deleted.deckId(), true, occurredAt);
            case CardRestored restored -> lifecycle(ownerId, restored.cardId(), restored.deckId(), false, occurredAt);
            case CardPurged purged -> purge(ownerId, purged.cardId(), occurredAt);
            case DeckUpdated deck ->
                    scheduler(ownerId, deck.deckId(), deck.scheduler(), occurredAt);
            case DeckDeleted deck -> deck(ownerId, deck.deckId()).markDeleted(occurredAt);
            default -> {
                // media and review events do not change schedules
            }
        }
    }

    private void content(String ownerId, UUID cardId, UUID deckId, CardContent content, Instant occurredAt) {
        if (isPurged(cardId)) {
            return;
        }
        CardSchedule schedule = CardSchedule.findById(cardId);
        if (schedule == null) {
            schedule = CardSchedule.unstudied(cardId, ownerId, deckId, schedulerOf(deckId), occurredAt);
            schedule.applyContent(deckId, content, occurredAt);
            schedule.persist();
            return;
        }
        requireOwner(schedule.ownerId, ownerId, cardId);
        UUID previousDeck = schedule.deckId;
        if (schedule.applyContent(deckId, content, occurredAt)) {
            if (!previousDeck.equals(deckId)) {
                totals.moved(ownerId, cardId, previousDeck, deckId);
            }
            // a card never studied follows its (possibly new) deck's scheduler; a studied one only a scheduler the
            // deck named, so that it is not switched to the default and back while its deck-updated is late
            DeckSetting deck = DeckSetting.findById(deckId);
            SchedulerType named = deck != null ? deck.scheduler : null;
            SchedulerType target = schedule.isUnstudied() && named == null ? defaultScheduler : named;
            if (target != null && target != schedule.algorithm) {
                switchAlgorithm(schedule, target, deck);
            }
        }
    }

    private void lifecycle(String ownerId, UUID cardId, UUID deckId, boolean deleted, Instant occurredAt) {
        if (isPurged(cardId)) {
            return;
        }
        CardSchedule schedule = CardSchedule.findById(cardId);
        if (schedule == null) {
            // its card-created is late (dead-lettered): remember the lifecycle now, the content comes when it arrives
            schedule = CardSchedule.unstudied(cardId, ownerId, deckId, schedulerOf(deckId), occurredAt);
            schedule.applyDeleted(deleted, occurredAt);
            schedule.persist();
            return;
        }
        requireOwner(schedule.ownerId, ownerId, cardId);
        schedule.applyDeleted(deleted, occurredAt);
    }

    /** Drops everything kept about the card (schedule and review history) but its id, so it cannot come back. */
    private void purge(String ownerId, UUID cardId, Instant occurredAt) {
        CardSchedule schedule = CardSchedule.findById(cardId);
        if (schedule != null) {
            requireOwner(schedule.ownerId, ownerId, cardId);
        }
        totals.purging(ownerId, cardId);
        if (schedule != null) {
            schedule.delete();
        }
        entityManager.createNativeQuery("delete from {h-schema}review_log where card_id = :card and owner_id = :owner")
                .setParameter("card", cardId)
                .setParameter("owner", ownerId)
                .executeUpdate();
        if (!isPurged(cardId)) {
            PurgedCard.of(cardId, ownerId, occurredAt).persist();
        }
    }

    private void scheduler(String ownerId, UUID deckId, SchedulerType scheduler, Instant occurredAt) {
        DeckSetting deck = deck(ownerId, deckId);
        deck.markLive(occurredAt);
        if (deck.applyScheduler(scheduler, occurredAt)) {
            List<CardSchedule> cards = CardSchedule.list("ownerId = ?1 and deckId = ?2 and algorithm <> ?3", ownerId,
                    deckId, scheduler);
            cards.forEach(card -> switchAlgorithm(card, scheduler, deck));
        }
    }

    /** Gives the card its starting state under {@code algorithm} and publishes it (one event per card). */
    private void switchAlgorithm(CardSchedule card, SchedulerType algorithm, DeckSetting deck) {
        Scheduler target = schedulers.schedulerFor(algorithm, settings.settingsOf(card.ownerId), deck);
        ScheduleStates.apply(target.adopt(ScheduleStates.of(card)), card);
        card.algorithm = algorithm;
        card.updatedAt = Instant.now();
        changes.publish(card, ScheduleChange.ALGORITHM_SWITCHED);
    }

    private DeckSetting deck(String ownerId, UUID deckId) {
        DeckSetting deck = DeckSetting.findById(deckId);
        if (deck == null) {
            deck = DeckSetting.of(deckId, ownerId);
            deck.persist();
        }
        requireOwner(deck.ownerId, ownerId, deckId);
        return deck;
    }

    private SchedulerType schedulerOf(UUID deckId) {
        DeckSetting deck = DeckSetting.findById(deckId);
        return deck != null && deck.scheduler != null ? deck.scheduler : defaultScheduler;
    }

    private static boolean isPurged(UUID cardId) {
        return PurgedCard.findById(cardId) != null;
    }

    /** An event naming another user's card or deck is a producer bug, never applied: it goes to the dead letters. */
    private static void requireOwner(String actualOwner, String eventOwner, UUID id) {
        if (!actualOwner.equals(eventOwner)) {
            throw new MalformedEventException("event of owner " + eventOwner + " names " + id
                    + ", which belongs to another owner");
        }
    }

    private static CardContent content(List<CardItem> front, List<CardItem> back, List<String> tags) {
        return new CardContent(items(front), items(back), tags);
    }

    private static List<ContentItem> items(List<CardItem> items) {
        return items.stream()
                .map(item -> new ContentItem(item.kind().name().toLowerCase(Locale.ROOT), item.text(), item.mediaId()))
                .toList();
    }
}
