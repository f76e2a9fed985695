package app.memoryvault.review.repository;

import app.memoryvault.events.ReviewState;
import app.memoryvault.review.model.CardSchedule;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The queries behind a user's due queue: visible cards (not deleted, not suspended, content known, not in a deleted
 * deck) of one owner, optionally of one deck. Each reads one index range in queue order and stops at its limit: the
 * queue index (owner, state, due time) for new and review cards, the learning queue indexes (V9) for (re)learning
 * cards. The new and review counts stop at the daily limit; the (re)learning count, never limited, reads its index
 * alone.
 */
@ApplicationScoped
public class DueQueueRepository implements PanacheRepositoryBase<CardSchedule, UUID> {

    private static final String VISIBLE = "s.ownerId = :owner and s.deleted = false and s.suspended = false"
            + " and s.content is not null"
            + " and not exists (select 1 from DeckSetting d where d.deckId = s.deckId and d.deleted = true)";
    private static final String VISIBLE_SQL = "s.owner_id = :owner and not s.deleted and not s.suspended"
            + " and s.content is not null"
            + " and not exists (select 1 from {h-schema}deck_setting d where d.deck_id = s.deck_id and d.deleted)";
    /** The predicate of the learning queue indexes (V9), as they spell it. */
    private static final String LEARNING_SQL = "s.state in ('learning', 'relearning')";

    /**
     * Cards in (re)learning steps whose step is over, the most overdue first. The states are written in the SQL, so
     * that even a generic plan can read the learning queue indexes (V9) in this order and stop at {@code limit}.
     */
    public List<CardSchedule> learningDue(String ownerId, UUID deckId, Instant now, int limit) {
        Query query = getEntityManager().createNativeQuery("select s.* from {h-schema}card_schedule s where "
                + visibleSql(deckId) + " and " + LEARNING_SQL + " and s.due_at <= :now"
                + " order by s.due_at, s.card_id limit :limit", CardSchedule.class);
        parameters(ownerId, deckId).and("now", now).and("limit", limit).map().forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<CardSchedule> cards = query.getResultList();
        return cards;
    }

    /** Cards in review due before {@code dayEnd} (the end of the study day), the most overdue first. */
    public List<CardSchedule> reviewDue(String ownerId, UUID deckId, Instant dayEnd, int limit) {
        return find("from CardSchedule s where " + visible(deckId) + " and s.state = :review and s.dueAt < :end"
                        + " order by s.dueAt, s.cardId",
                parameters(ownerId, deckId).and("review", ReviewState.REVIEW).and("end", dayEnd))
                .page(0, limit)
                .list();
    }

    /** Cards never studied, in the order they were created (a reset card comes after them). */
    public List<CardSchedule> unstudied(String ownerId, UUID deckId, int limit) {
        return find("from CardSchedule s where " + visible(deckId) + " and s.state = :new order by s.dueAt, s.cardId",
                parameters(ownerId, deckId).and("new", ReviewState.NEW))
                .page(0, limit)
                .list();
    }

    /** How many (re)learning cards are due now (from the learning queue indexes alone). */
    public long countLearningDue(String ownerId, UUID deckId, Instant now) {
        return countNative("select count(*) from {h-schema}card_schedule s where " + visibleSql(deckId)
                + " and " + LEARNING_SQL + " and s.due_at <= :at",
                parameters(ownerId, deckId).and("at", now));
    }

    /** How many review cards are due before {@code dayEnd}, counting no further than {@code cap}. */
    public long countReviewDue(String ownerId, UUID deckId, Instant dayEnd, long cap) {
        return countNative("select count(*) from (select 1 from {h-schema}card_schedule s where " + visibleSql(deckId)
                + " and s.state = 'review' and s.due_at < :at limit :cap) due",
                parameters(ownerId, deckId).and("at", dayEnd).and("cap", cap));
    }

    /** How many cards were never studied, counting no further than {@code cap}. */
    public long countNew(String ownerId, UUID deckId, long cap) {
        return countNative("select count(*) from (select 1 from {h-schema}card_schedule s where " + visibleSql(deckId)
                + " and s.state = 'new' limit :cap) fresh", parameters(ownerId, deckId).and("cap", cap));
    }

    private long countNative(String sql, Parameters parameters) {
        Query query = getEntityManager().createNativeQuery(sql, Long.class);
        parameters.map().forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    private static String visible(UUID deckId) {
        return deckId == null ? VISIBLE : VISIBLE + " and s.deckId = :deck";
    }

    private static String visibleSql(UUID deckId) {
        return deckId == null ? VISIBLE_SQL : VISIBLE_SQL + " and s.deck_id = :deck";
    }

    private static Parameters parameters(String ownerId, UUID deckId) {
        Parameters parameters = Parameters.with("owner", ownerId);
        return deckId == null ? parameters : parameters.and("deck", deckId);
    }
}
