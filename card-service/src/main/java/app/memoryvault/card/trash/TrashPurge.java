package app.memoryvault.card.trash;

import app.memoryvault.card.messaging.CardEventPublisher;
import app.memoryvault.card.model.Card;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Removes cards deleted longer ago than the retention for good, each with a card-purged event in the same
 * transaction, in batches so that one run never holds a long transaction.
 */
@ApplicationScoped
public class TrashPurge {

    private final TrashConfig config;
    private final CardEventPublisher events;

    public TrashPurge(TrashConfig config, CardEventPublisher events) {
        this.config = config;
        this.events = events;
    }

    @Scheduled(identity = "card-trash-purge", every = "${memoryvault.trash.purge-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPurge() {
        purgeExpired();
    }

    /** Purges every card whose retention is over; returns how many. */
    public int purgeExpired() {
        Instant cutoff = Instant.now().truncatedTo(ChronoUnit.MICROS).minus(config.retention());
        int total = 0;
        int purged;
        do {
            purged = QuarkusTransaction.requiringNew().call(() -> purgeBatch(cutoff));
            total += purged;
        } while (purged == config.purgeBatchSize());
        return total;
    }

    private int purgeBatch(Instant cutoff) {
        // The row locks make a concurrent purge (another instance) wait and then skip the rows this one removed.
        List<Card> expired = Card.<Card>find("deletedAt < ?1 order by deletedAt", cutoff)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .page(0, config.purgeBatchSize())
                .list();
        for (Card card : expired) {
            events.cardPurged(card);
            card.delete();
        }
        return expired.size();
    }
}
