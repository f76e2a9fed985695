package app.memoryvault.review.repository;

import app.memoryvault.review.model.ReviewLog;
import io.quarkus.panache.common.Parameters;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Queries over a user's review log. */
@ApplicationScoped
public class ReviewLogRepository implements PanacheRepositoryBase<ReviewLog, UUID> {

    /** What a user studied in {@code [start, end)}, counted as the daily limits count it. */
    public Studied studiedBetween(String ownerId, Instant start, Instant end) {
        Object[] row = (Object[]) getEntityManager().createNativeQuery("select"
                        + " count(*) filter (where state_before = 'new'),"
                        + " count(*) filter (where state_before = 'review')"
                        + " from {h-schema}review_log where owner_id = :owner and kind <> 'manual'"
                        + " and reviewed_at >= :start and reviewed_at < :end")
                .setParameter("owner", ownerId)
                .setParameter("start", start)
                .setParameter("end", end)
                .getSingleResult();
        return new Studied(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /**
     * A page of the owner's log, newest first, in {@code [from, to)} (either may be null), after the row
     * ({@code afterAt}, {@code afterId}) when those are given.
     */
    public List<ReviewLog> page(String ownerId, UUID cardId, Instant from, Instant to, Instant afterAt, UUID afterId,
            int limit) {
        StringBuilder query = new StringBuilder("ownerId = :owner");
        Parameters parameters = Parameters.with("owner", ownerId);
        if (cardId != null) {
            query.append(" and cardId = :card");
            parameters.and("card", cardId);
        }
        if (from != null) {
            query.append(" and reviewedAt >= :from");
            parameters.and("from", from);
        }
        if (to != null) {
            query.append(" and reviewedAt < :to");
            parameters.and("to", to);
        }
        if (afterAt != null) {
            query.append(" and (reviewedAt < :afterAt or (reviewedAt = :afterAt and id < :afterId))");
            parameters.and("afterAt", afterAt).and("afterId", afterId);
        }
        return find(query + " order by reviewedAt desc, id desc", parameters).page(0, limit).list();
    }

    /** New cards introduced (first answers) and answers to cards in review. */
    public record Studied(long newCards, long reviews) {
    }
}
