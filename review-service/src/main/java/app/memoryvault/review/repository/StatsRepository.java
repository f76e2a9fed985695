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
 * The aggregations behind the statistics, done in the database: a user's log is read once, grouped by study day
 * (their time zone shifted by the rollover hour), and their cards once, grouped by deck, box and category.
 */
@ApplicationScoped
public class StatsRepository {

    /** Cards of a deck the events told us is deleted, and content-less or deleted cards, are not counted. */
    private static final String VISIBLE = "s.owner_id = :owner and not s.deleted and s.content is not null"
            + " and not exists (select 1 from {h-schema}deck_setting d where d.deck_id = s.deck_id and d.deleted)";
    /** A review of a card in review whose previous answer was on an earlier study day (true retention's rows). */
    private static final String RETAINED = "state_before = 'review' and previous_day < day";

    private final EntityManager entityManager;

    public StatsRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Answers per study day, with the true-retention passes and fails split young/mature (interval >= 21 days). */
    public List<DayRow> reviewDays(String ownerId, UUID deckId, ZoneId zone, int rolloverHour) {
        String source = deckId == null ? "{h-schema}review_log l"
                : "{h-schema}review_log l join {h-schema}card_schedule s on s.card_id = l.card_id and s.deck_id = :deck";
        // day numbers (days since 1970-01-01 on the local clock shifted by the rollover hour) in floating-point
        // arithmetic: much cheaper per row than converting to dates; the previous answer is placed with the offset of
        // this one, which only matters for an answer within an hour of a rollover across a daylight-saving change
        String sql = "select day, count(*), coalesce(sum(duration_ms), 0), count(*) filter (where rating > 1),"
                + " count(*) filter (where " + RETAINED + " and not mature and rating > 1),"
                + " count(*) filter (where " + RETAINED + " and not mature and rating = 1),"
                + " count(*) filter (where " + RETAINED + " and mature and rating > 1),"
                + " count(*) filter (where " + RETAINED + " and mature and rating = 1)"
                + " from (select floor(local_seconds / 86400) as day,"
                + " floor((local_seconds - elapsed_days * 86400) / 86400) as previous_day,"
                + " coalesce(scheduled_days_before, 0) >= 21 as mature, rating, duration_ms, state_before"
                + " from (select date_part('epoch', timezone(:zone, l.reviewed_at)) - :shift as local_seconds,"
                + " l.elapsed_days, l.scheduled_days_before, l.rating, l.duration_ms, l.state_before"
                + " from " + source + " where l.owner_id = :owner and l.kind <> 'manual') l) r"
                + " group by day order by day";
        List<Object[]> rows = rows(sql, Map.of("zone", zone.getId(), "shift", rolloverHour * 3600.0), ownerId,
                deckId);
        return rows.stream().map(row -> new DayRow(LocalDate.ofEpochDay(number(row[0])), number(row[1]),
                number(row[2]), number(row[3]), number(row[4]), number(row[5]), number(row[6]), number(row[7])))
                .toList();
    }

    /**
     * Visible cards grouped by deck, effective algorithm, box and category: suspended, new, learning (learning and
     * relearning), young or mature (in review with an interval under or from 21 days).
     */
    public List<CardGroup> cardGroups(String ownerId, UUID deckId) {
        String sql = "select s.deck_id, coalesce(ds.scheduler, s.algorithm), s.box,"
                + " case when s.suspended then 'suspended' when s.state = 'new' then 'new'"
                + " when s.state in ('learning', 'relearning') then 'learning'"
                + " when s.due_at - s.last_review_at >= interval '21 days' then 'mature' else 'young' end,"
                + " count(*)"
                + " from {h-schema}card_schedule s left join {h-schema}deck_setting ds on ds.deck_id = s.deck_id"
                + " where " + VISIBLE + (deckId == null ? "" : " and s.deck_id = :deck")
                + " group by 1, 2, 3, 4";
        List<Object[]> rows = rows(sql, Map.of(), ownerId, deckId);
        return rows.stream().map(row -> new CardGroup((UUID) row[0], (String) row[1], number(row[2]),
                (String) row[3], number(row[4]))).toList();
    }

    /** Studied, unsuspended cards due before {@code until}, per study day of their due time (past days included). */
    public List<DueDay> dueDays(String ownerId, UUID deckId, ZoneId zone, int rolloverHour, Instant until) {
        String sql = "select day, count(*) from (select (timezone(:zone, s.due_at)"
                + " - make_interval(hours => :hour))::date as day from {h-schema}card_schedule s where " + VISIBLE
                + (deckId == null ? "" : " and s.deck_id = :deck")
                + " and not s.suspended and s.state <> 'new' and s.due_at < :until) due group by day";
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
