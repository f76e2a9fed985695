package app.memoryvault.card.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Counts the cards of several decks in one grouped query, from the card table's schedule read model; a suspended
 * card is never due.
 */
@ApplicationScoped
public class DeckCountsRepository {

    private final EntityManager entityManager;

    public DeckCountsRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Map<UUID, DeckCounts> countsOf(String ownerId, Collection<UUID> deckIds, Instant now) {
        if (deckIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = entityManager.createQuery("""
                        select c.deckId, c.box, count(c),
                               sum(case when c.lastReviewedAt is null then 1 else 0 end),
                               sum(case when c.dueAt <= :now and c.suspended = false then 1 else 0 end)
                        from Card c
                        where c.ownerId = :owner and c.deckId in :decks and c.deletedAt is null
                        group by c.deckId, c.box""", Object[].class)
                .setParameter("owner", ownerId)
                .setParameter("decks", deckIds)
                .setParameter("now", now)
                .getResultList();
        Map<UUID, Tally> tallies = new HashMap<>();
        for (Object[] row : rows) {
            tallies.computeIfAbsent((UUID) row[0], id -> new Tally())
                    .add((Integer) row[1], ((Number) row[2]).longValue(), ((Number) row[3]).longValue(),
                            ((Number) row[4]).longValue());
        }
        Map<UUID, DeckCounts> counts = new HashMap<>();
        tallies.forEach((deckId, tally) -> counts.put(deckId, tally.counts()));
        return counts;
    }

    private static final class Tally {
        private long cards;
        private long fresh;
        private long due;
        private final Map<String, Long> boxes = new TreeMap<>();

        void add(Integer box, long count, long freshCount, long dueCount) {
            cards += count;
            fresh += freshCount;
            due += dueCount;
            if (box != null) {
                boxes.put(box.toString(), count);
            }
        }

        DeckCounts counts() {
            return new DeckCounts(cards, fresh, due, Collections.unmodifiableMap(boxes));
        }
    }
}
