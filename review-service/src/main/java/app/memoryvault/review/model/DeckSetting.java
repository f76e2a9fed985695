package app.memoryvault.review.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * What the deck events told us about one deck: its scheduler and whether it is deleted. A deleted deck hides its
 * cards from the due queue when the queue is read, so a card event that arrives after the deck's deletion (deck
 * and card events travel on different partitions) stays hidden too. Deletion is final: the events have no deck
 * restore.
 */
@Entity
@Table(name = "deck_setting")
public class DeckSetting extends PanacheEntityBase {

    @Id
    @Column(name = "deck_id")
    public UUID deckId;

    @Column(name = "owner_id", nullable = false)
    public String ownerId;

    /** Null until a deck-updated names it. */
    @Column(name = "scheduler")
    public Algorithm scheduler;

    @Column(name = "scheduler_event_at")
    public Instant schedulerEventAt;

    @Column(name = "deleted", nullable = false)
    public boolean deleted;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    public static DeckSetting of(UUID deckId, String ownerId) {
        DeckSetting deck = new DeckSetting();
        deck.deckId = deckId;
        deck.ownerId = ownerId;
        deck.updatedAt = Instant.now();
        return deck;
    }

    /** Takes the deck's scheduler, unless a newer one is already here; returns whether it did. */
    public boolean applyScheduler(Algorithm newScheduler, Instant occurredAt) {
        if (schedulerEventAt != null && schedulerEventAt.isAfter(occurredAt)) {
            return false;
        }
        scheduler = newScheduler;
        schedulerEventAt = occurredAt;
        updatedAt = Instant.now();
        return true;
    }

    public void markDeleted() {
        deleted = true;
        updatedAt = Instant.now();
    }
}
