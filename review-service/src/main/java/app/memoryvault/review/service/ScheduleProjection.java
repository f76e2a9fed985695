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
import app.memoryvault.review.config.ReviewConfig;
import app.memoryvault.review.model.Algorithm;
import app.memoryvault.review.model.CardContent;
import app.memoryvault.review.model.CardSchedule;
import app.memoryvault.review.model.ContentItem;
import app.memoryvault.review.model.DeckSetting;
import app.memoryvault.review.model.PurgedCard;
import app.memoryvault.review.model.ScheduleState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
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
    private final Algorithm defaultScheduler;

    public ScheduleProjection(EntityManager entityManager, ReviewConfig config) {
        this.entityManager = entityManager;
        this.defaultScheduler = config.defaultScheduler();
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
                    scheduler(ownerId, deck.deckId(), Algorithm.of(deck.scheduler().name()), occurredAt);
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
        if (schedule.applyContent(deckId, content, occurredAt) && schedule.isUnstudied()) {
            // a card never studied follows its (possibly new) deck's scheduler
            schedule.algorithm = schedulerOf(deckId);
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

    private void scheduler(String ownerId, UUID deckId, Algorithm scheduler, Instant occurredAt) {
        DeckSetting deck = deck(ownerId, deckId);
        deck.markLive(occurredAt);
        if (deck.applyScheduler(scheduler, occurredAt)) {
            CardSchedule.update("algorithm = ?1, updatedAt = ?2 where ownerId = ?3 and deckId = ?4 and state = ?5",
                    scheduler, Instant.now(), ownerId, deckId, ScheduleState.NEW);
        }
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

    private Algorithm schedulerOf(UUID deckId) {
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
