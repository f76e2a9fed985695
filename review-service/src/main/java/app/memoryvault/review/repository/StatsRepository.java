package app.memoryvault.review.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The aggregations behind the statistics, done in the database: a user's answers per study day from the day totals
 * (their time zone shifted by the rollover hour), and their cards once, grouped by deck, box and category.
 */
@ApplicationScoped
public class StatsRepository {

    /** Cards of a deck the events told us is deleted, and content-less or deleted cards, are not counted. */
    private static final String VISIBLE = "s.owner_id = :owner and not s.deleted and s.content is not null"
            + " and not exists (select 1 from {h-schema}deck_setting d where d.deck_id = s.deck_id and d.deleted)";

    private final EntityManager entityManager;
    private final ReviewDayTotals totals;

    public StatsRepository(EntityManager entityManager, ReviewDayTotals totals) {
        this.entityManager = entityManager;
        this.totals = totals;
    }

    /**
     * Answers per study day, with the true-retention passes and fails split young/mature (interval >= 21 days), from
     * the day totals kept with each answer: counted in the user's time zone and rollover hour when {@code zone} and
     * {@code rolloverHour} are theirs, which {@link ReviewDayTotals#countedIn} makes sure of first.
     */
    public List<DayRow> reviewDays(String ownerId, UUID deckId, ZoneId zone, int rolloverHour) {
        totals.countedIn(ownerId, zone, rolloverHour);
        return totals.days(ownerId, deckId).stream().map(row -> new DayRow(LocalDate.ofEpochDay(number(row[0])),
                number(row[1]), number(row[2]), number(row[3]), number(row[4]), number(row[5]), number(row[6]),
                number(row[7]))).toList();
    }

    /**
     * Visible cards grouped by deck, effective algorithm, box and category: suspended, new, learning (learning and
     * relearning), young or mature (in review with an interval under or from 21 days). From the counts V7's trigger
     * keeps with every change of a card, so the cost follows the number of decks, not of cards.
     */
    public List<CardGroup> cardGroups(String ownerId, UUID deckId) {
        String sql = "select c.deck_id, coalesce(ds.scheduler, c.algorithm), c.box, c.category, sum(c.cards)"
                + " from {h-schema}card_count c left join {h-schema}deck_setting ds on ds.deck_id = c.deck_id"
                + " where c.owner_id = :owner and c.cards > 0 and (ds.deleted is null or not ds.deleted)"
                + (deckId == null ? "" : " and c.deck_id = :deck")
                + " group by 1, 2, 3, 4";
        List<Object[]> rows = rows(sql, Map.of(), ownerId, deckId);
        return rows.stream().map(row -> new CardGroup((UUID) row[0], (String) row[1], number(row[2]),
                (String) row[3], number(row[4]))).toList();
    }

    /**
     * Studied, unsuspended cards due before {@code until}, per study day of their due time (past days included): one
     * range of the queue index per state, so the cost follows the cards due by then, not all cards.
     */
    public List<DueDay> dueDays(String ownerId, UUID deckId, ZoneId zone, int rolloverHour, Instant until) {
        String sql = "select day, count(*) from (select (timezone(:zone, s.due_at)"
                + " - make_interval(hours => :hour))::date as day from {h-schema}card_schedule s where " + VISIBLE
                + (deckId == null ? "" : " and s.deck_id = :deck")
                + " and not s.suspended and s.state in ('learning', 'relearning', 'review') and s.due_at < :until)"
                + " due group by day";
        List<Object[]> rows = rows(sql, Map.of("zone", zone.getId(), "hour", rolloverHour, "until", until), ownerId,
                deckId);
        return rows.stream().map(row -> new DueDay(date(row[0]), number(row[1]))).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Map<String, Object> parameters, String ownerId, UUID deckId) {
        Query query = entityManager.createNativeQuery(sql).setParameter("owner", ownerId);
        if (deckId != null) {
            query.setParameter("deck", deckId);
        }
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate date ? date : ((Date) value).toLocalDate();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    /** One study day of answers; the last four are true retention's passes and fails. */
    public record DayRow(LocalDate day, long reviews, long durationMs, long passed, long youngPassed,
            long youngFailed, long maturePassed, long matureFailed) {
    }

    /** How many visible cards share a deck, algorithm, box and category. */
    public record CardGroup(UUID deckId, String algorithm, long box, String category, long cards) {
    }

    /** How many cards fall due on one study day. */
    public record DueDay(LocalDate day, long cards) {
    }
}
