package app.memoryvault.review.model;

import app.memoryvault.events.SchedulerType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What the deck events told us about one deck: its scheduler and whether it is deleted. A deleted deck hides its
 * cards from the due queue when the queue is read, so a card event that arrives after the deck's deletion (deck
 * and card events travel on different partitions) stays hidden too. A deck-updated newer than the deletion means
 * the deck was restored and shows its cards again; an older one changes nothing.
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
    public SchedulerType scheduler;

    @Column(name = "scheduler_event_at")
    public Instant schedulerEventAt;

    @Column(name = "deleted", nullable = false)
    public boolean deleted;

    /** When the last event that set {@link #deleted} happened. */
    @Column(name = "lifecycle_event_at")
    public Instant lifecycleEventAt;

    /** Days per Leitner box, box 1 first; null for the default intervals. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "leitner_intervals")
    public List<Integer> leitnerIntervals;

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
    public boolean applyScheduler(SchedulerType newScheduler, Instant occurredAt) {
        if (schedulerEventAt != null && schedulerEventAt.isAfter(occurredAt)) {
            return false;
        }
        scheduler = newScheduler;
        schedulerEventAt = occurredAt;
        updatedAt = Instant.now();
        return true;
    }

    /** Deletes the deck, unless a newer event (its restore) is already here. */
    public void markDeleted(Instant occurredAt) {
        if (lifecycleEventAt != null && lifecycleEventAt.isAfter(occurredAt)) {
            return;
        }
        deleted = true;
        lifecycleEventAt = occurredAt;
        updatedAt = Instant.now();
    }

    /** A deck-updated says the deck is live at {@code occurredAt}: a deletion older than that is undone. */
    public void markLive(Instant occurredAt) {
        if (lifecycleEventAt != null && !occurredAt.isAfter(lifecycleEventAt)) {
            return;
        }
        deleted = false;
        lifecycleEventAt = occurredAt;
        updatedAt = Instant.now();
    }
}
