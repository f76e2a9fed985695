package app.memoryvault.card.trash;

import app.memoryvault.card.messaging.CardEventPublisher;
import app.memoryvault.card.model.Card;
import app.memoryvault.card.model.Deck;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;

/**
 * Removes cards, then decks, deleted longer ago than the retention for good, each card with a card-purged event in
 * the same transaction, in batches so that one run never holds a long transaction. A deck goes after its subdecks
 * and with the cards still in it, with a deck-purged event after its cards' card-purged.
 */
@ApplicationScoped
public class TrashPurge {

    private final TrashConfig config;
    private final CardEventPublisher events;

    public TrashPurge(TrashConfig config, CardEventPublisher events) {
        this.config = config;
        this.events = events;
    }

    /** What one purge removed. */
    public record Purged(int cards, int decks) {
    }

    @Scheduled(identity = "card-trash-purge", every = "${memoryvault.trash.purge-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPurge() {
        purgeExpired();
    }

    /** Purges every card and deck whose retention is over. */
    public Purged purgeExpired() {
        Instant cutoff = Instant.now().truncatedTo(ChronoUnit.MICROS).minus(config.retention());
        int cards = inBatches(cutoff, this::purgeCards, config.purgeBatchSize());
        // A batch of decks frees their parents for the next one, so decks go on until a batch finds none.
        int decks = inBatches(cutoff, this::purgeDecks, 1);
        return new Purged(cards, decks);
    }

    private static int inBatches(Instant cutoff, Function<Instant, Integer> batch, int fullBatch) {
        int total = 0;
        int purged;
        do {
            purged = QuarkusTransaction.requiringNew().call(() -> batch.apply(cutoff));
            total += purged;
        } while (purged >= fullBatch);
        return total;
    }

    private int purgeCards(Instant cutoff) {
        // The row locks make a concurrent purge (another instance) wait and then skip the rows this one removed.
        List<Card> expired = Card.<Card>find("deletedAt < ?1 order by deletedAt", cutoff)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .page(0, config.purgeBatchSize())
                .list();
        expired.forEach(this::purge);
        return expired.size();
    }

    /** Expired decks without subdecks left (and, as deletion takes them all, without live cards). */
    private int purgeDecks(Instant cutoff) {
        List<Deck> expired = Deck.<Deck>find("from Deck d where d.deletedAt < ?1"
                        + " and not exists (from Deck child where child.parentId = d.id)"
                        + " and not exists (from Card c where c.deckId = d.id and c.deletedAt is null)"
                        + " order by d.deletedAt", cutoff)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .page(0, config.purgeBatchSize())
                .list();
        for (Deck deck : expired) {
            Card.<Card>list("deckId = ?1 and ownerId = ?2", deck.id, deck.ownerId).forEach(this::purge);
            events.deckPurged(deck);
            deck.delete();
        }
        return expired.size();
    }

    private void purge(Card card) {
        events.cardPurged(card);
        card.delete();
    }
}
