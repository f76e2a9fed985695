package app.memoryvault.review.service;

import app.memoryvault.review.model.ReviewLog;
import app.memoryvault.review.repository.ReviewLogRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A caller's review history, newest first, a page at a time. */
@ApplicationScoped
public class HistoryService {

    private final ReviewLogRepository log;

    public HistoryService(ReviewLogRepository log) {
        this.log = log;
    }

    /**
     * The caller's answers (and manual resets) in {@code [from, to)}, optionally of one card, after {@code cursor}.
     * A card that is not the caller's (or no longer exists) answers 404.
     */
    @Transactional
    public Page history(String ownerId, UUID cardId, Instant from, Instant to, HistoryCursor cursor, int limit) {
        if (cardId != null) {
            OwnedCards.of(ownerId, cardId);
        }
        List<ReviewLog> rows = log.page(ownerId, cardId, from, to, cursor == null ? null : cursor.reviewedAt(),
                cursor == null ? null : cursor.id(), limit + 1);
        if (rows.size() <= limit) {
            return new Page(rows, null);
        }
        ReviewLog last = rows.get(limit - 1);
        return new Page(rows.subList(0, limit), new HistoryCursor(last.reviewedAt, last.id));
    }

    /** One page and the cursor of the next, null on the last page. */
    public record Page(List<ReviewLog> rows, HistoryCursor next) {
    }
}
