package app.memoryvault.review.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Keeps each user's answers summed per study day and deck (table {@code review_day}, see V6), in the transaction of
 * every change to the log, so statistics read a row per day and deck instead of the whole log. A user's rows are
 * counted in the time zone and rollover hour of {@code review_day_basis}; a user without a basis has no rows yet and
 * is counted from the log on first need ({@link #countedIn}). Writers of one user's rows take a shared advisory lock,
 * a recount takes it exclusively, so a recount never misses or double-counts an answer committed meanwhile.
 */
@ApplicationScoped
public class ReviewDayTotals {

    /** First key of this table's advisory locks; the second is the user's. */
    private static final int LOCK_SPACE = 0x72657664;
    /**
     * Adds {@code :sign} × the answers of {@code :owner} matching the filter to their day rows, in their basis; the
     * day expressions are V6's back-fill's, which the statistics always used.
     */
    private static final String COUNT = """
            insert into {h-schema}review_day as d (owner_id, day, deck_id, reviews, duration_ms, passed, young_passed,
                young_failed, mature_passed, mature_failed)
            select :owner, day, deck_id, :sign * count(*), :sign * coalesce(sum(duration_ms), 0),
                :sign * count(*) filter (where rating > 1),
                :sign * count(*) filter (where retained and not mature and rating > 1),
                :sign * count(*) filter (where retained and not mature and rating = 1),
                :sign * count(*) filter (where retained and mature and rating > 1),
                :sign * count(*) filter (where retained and mature and rating = 1)
            from (select deck_id, rating, duration_ms, floor(local_seconds / 86400)::integer as day,
                    state_before = 'review' and floor((local_seconds - elapsed_days * 86400) / 86400)
                        < floor(local_seconds / 86400) as retained,
                    coalesce(scheduled_days_before, 0) >= 21 as mature
                from (select %s as deck_id, l.rating, l.duration_ms, l.state_before, l.elapsed_days,
                        l.scheduled_days_before,
                        date_part('epoch', timezone(b.time_zone, l.reviewed_at))
                            - (b.day_rollover_hour * 3600)::double precision as local_seconds
                    from {h-schema}review_log l
                    join {h-schema}review_day_basis b on b.owner_id = l.owner_id
                    left join {h-schema}card_schedule s on s.card_id = l.card_id
                    where l.owner_id = :owner and l.kind <> 'manual' and %s) shifted) answers
            group by day, deck_id
            on conflict (owner_id, day, deck_id) do update set reviews = d.reviews + excluded.reviews,
                duration_ms = d.duration_ms + excluded.duration_ms, passed = d.passed + excluded.passed,
                young_passed = d.young_passed + excluded.young_passed,
                young_failed = d.young_failed + excluded.young_failed,
                mature_passed = d.mature_passed + excluded.mature_passed,
                mature_failed = d.mature_failed + excluded.mature_failed
            """;

    private final EntityManager entityManager;

    public ReviewDayTotals(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Counts the answer just written (log row {@code logId}) in its card's deck. */
    @Transactional(TxType.MANDATORY)
    public void answered(String ownerId, UUID logId) {
        entityManager.flush();
        lock(ownerId, false);
        count(ownerId, "l.id = :log", "s.deck_id", Map.of("log", logId), 1);
    }

    /** Moves the card's answers from one deck's rows to another's. */
    @Transactional(TxType.MANDATORY)
    public void moved(String ownerId, UUID cardId, UUID fromDeck, UUID toDeck) {
        entityManager.flush();
        lock(ownerId, false);
        count(ownerId, "l.card_id = :card", ":deck", Map.of("card", cardId, "deck", fromDeck), -1);
        count(ownerId, "l.card_id = :card", ":deck", Map.of("card", cardId, "deck", toDeck), 1);
        dropEmpty(ownerId);
    }

    /** Takes the card's answers out, before they are deleted with the card. */
    @Transactional(TxType.MANDATORY)
    public void purging(String ownerId, UUID cardId) {
        entityManager.flush();
        lock(ownerId, false);
        count(ownerId, "l.card_id = :card", "s.deck_id", Map.of("card", cardId), -1);
        dropEmpty(ownerId);
    }

    /**
     * Makes sure the user's rows are counted in {@code zone} and {@code rolloverHour}: when they are not (no basis yet,
     * or other settings), counts them again from the whole log. Cheap when they are.
     */
    @Transactional(TxType.MANDATORY)
    public void countedIn(String ownerId, ZoneId zone, int rolloverHour) {
        if (!isBasis(ownerId, zone, rolloverHour)) {
            recount(ownerId, zone, rolloverHour);
        }
    }

    /** Counts the user's rows again from the log in {@code zone} and {@code rolloverHour}, unless they already are. */
    @Transactional(TxType.MANDATORY)
    public void recount(String ownerId, ZoneId zone, int rolloverHour) {
        lock(ownerId, true);
        if (isBasis(ownerId, zone, rolloverHour)) {
            return;
        }
        entityManager.createNativeQuery("delete from {h-schema}review_day where owner_id = :owner")
                .setParameter("owner", ownerId)
                .executeUpdate();
        entityManager.createNativeQuery("insert into {h-schema}review_day_basis (owner_id, time_zone,"
                        + " day_rollover_hour) values (:owner, :zone, :hour) on conflict (owner_id) do update"
                        + " set time_zone = excluded.time_zone, day_rollover_hour = excluded.day_rollover_hour")
                .setParameter("owner", ownerId)
                .setParameter("zone", zone.getId())
                .setParameter("hour", rolloverHour)
                .executeUpdate();
        count(ownerId, "true", "s.deck_id", Map.of(), 1);
    }

    /** The user's answers per study day, of one deck or all. */
    @SuppressWarnings("unchecked")
    public List<Object[]> days(String ownerId, UUID deckId) {
        Query query = entityManager.createNativeQuery("select day, sum(reviews), sum(duration_ms), sum(passed),"
                        + " sum(young_passed), sum(young_failed), sum(mature_passed), sum(mature_failed)"
                        + " from {h-schema}review_day where owner_id = :owner"
                        + (deckId == null ? "" : " and deck_id = :deck") + " group by day order by day")
                .setParameter("owner", ownerId);
        if (deckId != null) {
            query.setParameter("deck", deckId);
        }
        return query.getResultList();
    }

    private boolean isBasis(String ownerId, ZoneId zone, int rolloverHour) {
        List<?> found = entityManager.createNativeQuery("select 1 from {h-schema}review_day_basis"
                        + " where owner_id = :owner and time_zone = :zone and day_rollover_hour = :hour")
                .setParameter("owner", ownerId)
                .setParameter("zone", zone.getId())
                .setParameter("hour", rolloverHour)
                .getResultList();
        return !found.isEmpty();
    }

    private void count(String ownerId, String filter, String deck, Map<String, Object> parameters, int sign) {
        Query query = entityManager.createNativeQuery(COUNT.formatted(deck, filter))
                .setParameter("owner", ownerId)
                .setParameter("sign", sign);
        parameters.forEach(query::setParameter);
        query.executeUpdate();
    }

    private void dropEmpty(String ownerId) {
        entityManager.createNativeQuery("delete from {h-schema}review_day where owner_id = :owner and reviews = 0")
                .setParameter("owner", ownerId)
                .executeUpdate();
    }

    private void lock(String ownerId, boolean exclusive) {
        String function = exclusive ? "pg_advisory_xact_lock" : "pg_advisory_xact_lock_shared";
        entityManager.createNativeQuery("select 1 from " + function + "(:space, hashtext(:owner))")
                .setParameter("space", LOCK_SPACE)
                .setParameter("owner", ownerId)
                .getResultList();
    }
}
