package app.memoryvault.review.model;

import app.memoryvault.events.ReviewState;
import app.memoryvault.events.SchedulerType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One card's schedule, with a snapshot of its content so that the due queue needs no call to card-service.
 * It follows the card events, which can arrive late (a replay from the dead-letter topic) or more than once: the
 * content and the deleted flag each remember the {@code occurredAt} of the latest event that set them and ignore
 * older ones, so a late update cannot bring back old content and a late restore cannot undo a newer delete.
 */
@Entity
@Table(name = "card_schedule")
public class CardSchedule extends PanacheEntityBase {

    @Id
    @Column(name = "card_id")
    public UUID cardId;

    @Column(name = "owner_id", nullable = false)
    public String ownerId;

    @Column(name = "deck_id", nullable = false)
    public UUID deckId;

    @Column(name = "algorithm", nullable = false)
    public SchedulerType algorithm;

    @Column(name = "box", nullable = false)
    public int box;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(name = "stability")
    public Double stability;

    @Column(name = "difficulty")
    public Double difficulty;

    @Column(name = "state", nullable = false)
    public ReviewState state;

    @Column(name = "step", nullable = false)
    public int step;

    @Column(name = "reps", nullable = false)
    public int reps;

    @Column(name = "lapses", nullable = false)
    public int lapses;

    @Column(name = "last_review_at")
    public Instant lastReviewAt;

    @Column(name = "suspended", nullable = false)
    public boolean suspended;

    @Column(name = "deleted", nullable = false)
    public boolean deleted;

    /** Null while only a delete or restore of the card has been seen; such a card stays out of the queue. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "content")
    public CardContent content;

    @Column(name = "content_event_at")
    public Instant contentEventAt;

    @Column(name = "lifecycle_event_at")
    public Instant lifecycleEventAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    /** A card nobody has studied yet: state new, box 1, due from the moment its first event occurred. */
    public static CardSchedule unstudied(UUID cardId, String ownerId, UUID deckId, SchedulerType algorithm,
            Instant occurredAt) {
        CardSchedule schedule = new CardSchedule();
        schedule.cardId = cardId;
        schedule.ownerId = ownerId;
        schedule.deckId = deckId;
        schedule.algorithm = algorithm;
        schedule.box = 1;
        schedule.state = ReviewState.NEW;
        schedule.dueAt = occurredAt;
        schedule.createdAt = Instant.now();
        schedule.updatedAt = schedule.createdAt;
        return schedule;
    }

    /**
     * Takes the content and deck of a created or updated card, unless a newer one is already here; returns whether
     * it did.
     */
    public boolean applyContent(UUID newDeckId, CardContent newContent, Instant occurredAt) {
        if (contentEventAt != null && contentEventAt.isAfter(occurredAt)) {
            return false;
        }
        deckId = newDeckId;
        content = newContent;
        contentEventAt = occurredAt;
        updatedAt = Instant.now();
        return true;
    }

    /** Takes a delete or restore, unless a newer one is already here; returns whether it did. */
    public boolean applyDeleted(boolean isDeleted, Instant occurredAt) {
        if (lifecycleEventAt != null && lifecycleEventAt.isAfter(occurredAt)) {
            return false;
        }
        deleted = isDeleted;
        lifecycleEventAt = occurredAt;
        updatedAt = Instant.now();
        return true;
    }

    public boolean isUnstudied() {
        return state == ReviewState.NEW;
    }
}
