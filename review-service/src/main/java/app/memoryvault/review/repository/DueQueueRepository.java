package app.memoryvault.review.repository;

import app.memoryvault.review.model.CardSchedule;
import app.memoryvault.review.model.ScheduleState;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The queries behind a user's due queue: visible cards (not deleted, not suspended, content known, not in a deleted
 * deck) of one owner, optionally of one deck.
 */
@ApplicationScoped
public class DueQueueRepository implements PanacheRepositoryBase<CardSchedule, UUID> {

    private static final String VISIBLE = "s.ownerId = :owner and s.deleted = false and s.suspended = false"
            + " and s.content is not null"
            + " and not exists (select 1 from DeckSetting d where d.deckId = s.deckId and d.deleted = true)";

    /** Cards already studied whose due time has come, the most overdue first. */
    public List<CardSchedule> dueStudied(String ownerId, UUID deckId, Instant now, int limit) {
        return find("from CardSchedule s where " + visible(deckId) + " and s.state <> :new and s.dueAt <= :now"
                        + " order by s.dueAt, s.cardId",
                parameters(ownerId, deckId).and("new", ScheduleState.NEW).and("now", now))
                .page(0, limit)
                .list();
    }

    /** Cards never studied, in the order they were created. */
    public List<CardSchedule> unstudied(String ownerId, UUID deckId, int limit) {
        return find("from CardSchedule s where " + visible(deckId) + " and s.state = :new order by s.dueAt, s.cardId",
                parameters(ownerId, deckId).and("new", ScheduleState.NEW))
                .page(0, limit)
                .list();
    }

    /** How many cards of each state are due now (all new cards count as due). */
    public Map<ScheduleState, Long> countDueByState(String ownerId, UUID deckId, Instant now) {
        Map<ScheduleState, Long> counts = new EnumMap<>(ScheduleState.class);
        for (ScheduleState state : ScheduleState.values()) {
            counts.put(state, 0L);
        }
        TypedQuery<Object[]> query = getEntityManager().createQuery(
                "select s.state, count(s) from CardSchedule s where " + visible(deckId)
                        + " and (s.state = :new or s.dueAt <= :now) group by s.state",
                Object[].class);
        parameters(ownerId, deckId).and("new", ScheduleState.NEW).and("now", now).map().forEach(query::setParameter);
        query.getResultList().forEach(row -> counts.put((ScheduleState) row[0], (Long) row[1]));
        return counts;
    }

    private static String visible(UUID deckId) {
        return deckId == null ? VISIBLE : VISIBLE + " and s.deckId = :deck";
    }

    private static Parameters parameters(String ownerId, UUID deckId) {
        Parameters parameters = Parameters.with("owner", ownerId);
        return deckId == null ? parameters : parameters.and("deck", deckId);
    }
}
