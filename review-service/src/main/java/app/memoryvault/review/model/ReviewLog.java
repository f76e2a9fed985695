package app.memoryvault.review.model;

import app.memoryvault.events.ReviewState;
import app.memoryvault.events.SchedulerType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One answer to one card, with what it changed: enough for statistics, FSRS optimisation and an Anki export.
 * Intervals are in days, fractional for (re)learning steps; {@code clientReviewId} is the request's
 * Idempotency-Key, unique per owner.
 */
@Entity
@Table(name = "review_log")
public class ReviewLog extends PanacheEntityBase {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "card_id", nullable = false)
    public UUID cardId;

    @Column(name = "owner_id", nullable = false)
    public String ownerId;

    @Column(name = "reviewed_at", nullable = false)
    public Instant reviewedAt;

    /** 1..4; null for a manual row (a reset). */
    @Column(name = "rating")
    public Integer rating;

    /** learn, review, relearn or manual. */
    @Column(name = "kind", nullable = false)
    public String kind;

    @Column(name = "algorithm", nullable = false)
    public SchedulerType algorithm;

    /** Null for a card's first review. */
    @Column(name = "elapsed_days")
    public Double elapsedDays;

    /** Null for a card's first review. */
    @Column(name = "scheduled_days_before")
    public Double scheduledDaysBefore;

    @Column(name = "scheduled_days_after", nullable = false)
    public double scheduledDaysAfter;

    @Column(name = "box_before")
    public Integer boxBefore;

    @Column(name = "box_after")
    public Integer boxAfter;

    @Column(name = "stability_after")
    public Double stabilityAfter;

    @Column(name = "difficulty_after")
    public Double difficultyAfter;

    @Column(name = "duration_ms")
    public Long durationMs;

    @Column(name = "client_review_id")
    public String clientReviewId;

    /** Where the card stood when answered: what the daily limits and the statistics count by. */
    @Column(name = "state_before")
    public ReviewState stateBefore;

    @Column(name = "state_after")
    public ReviewState stateAfter;

    @Column(name = "due_after")
    public Instant dueAfter;

    public static Optional<ReviewLog> findByClientReviewId(String ownerId, String clientReviewId) {
        return find("ownerId = ?1 and clientReviewId = ?2", ownerId, clientReviewId).firstResultOptional();
    }
}
