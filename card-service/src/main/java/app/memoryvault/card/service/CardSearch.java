package app.memoryvault.card.service;

import app.memoryvault.card.model.Card;
import app.memoryvault.card.model.Deck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Finds a page of an owner's live cards by {@link CardFilter}: one SQL query picks the ids in sort order (full-text
 * search on each card's search vector, GIN-indexed with its owner), then the cards are loaded by id.
 */
@ApplicationScoped
public class CardSearch {

    private final EntityManager entityManager;

    public CardSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Up to {@code limit} cards after {@code after} (null for the first page), in the filter's order. */
    public List<Card> find(String ownerId, CardFilter filter, SortKey after, int limit) {
        StringBuilder sql = new StringBuilder(
                "select c.id from card.card c where c.owner_id = :owner and c.deleted_at is null");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("owner", ownerId);
        if (filter.deckId() != null) {
            sql.append(" and c.deck_id in (:decks)");
            parameters.put("decks", filter.includeSubdecks() ? withSubdecks(ownerId, filter.deckId())
                    : List.of(filter.deckId()));
        }
        for (int i = 0; i < filter.tags().size(); i++) {
            sql.append(" and exists (select 1 from card.card_tag ct join card.tag t on t.id = ct.tag_id"
                    + " where ct.card_id = c.id and t.name = :tag").append(i).append(')');
            parameters.put("tag" + i, filter.tags().get(i));
        }
        if (filter.box() != null) {
            sql.append(" and c.box = :box");
            parameters.put("box", filter.box());
        }
        if (filter.dueBefore() != null) {
            sql.append(" and c.due_at < :dueBefore and not c.suspended");
            parameters.put("dueBefore", filter.dueBefore());
        }
        if (filter.mediaStatus() != null) {
            sql.append(" and exists (select 1 from card.card_content cc join card.media_view mv"
                    + " on mv.media_id = cc.media_id where cc.card_id = c.id and mv.status = :mediaStatus)");
            parameters.put("mediaStatus", filter.mediaStatus().name().toLowerCase(Locale.ROOT));
        }
        if (filter.query() != null) {
            // The card's own search vector (index card_owner_search_idx on owner_id, search).
            sql.append(" and c.search @@ websearch_to_tsquery('simple', :query)");
            parameters.put("query", filter.query());
        }
        if (filter.ids() != null) {
            sql.append(" and c.id in (:ids)");
            parameters.put("ids", filter.ids());
        }
        String column = "c." + filter.sort().column();
        if (after != null) {
            parameters.put("afterId", after.id());
            if (after.time() == null) {
                sql.append(" and ").append(column).append(" is null and c.id > :afterId");
            } else {
                // A row comparison alone lets the index start at the cursor; only due times can be null (last).
                sql.append(" and ((").append(column).append(", c.id) > (:afterTime, :afterId)");
                sql.append(filter.sort().nullable() ? " or " + column + " is null)" : ")");
                parameters.put("afterTime", after.time());
            }
        }
        sql.append(" order by ").append(column).append(" nulls last, c.id limit :limit");
        parameters.put("limit", limit);
        Query query = entityManager.createNativeQuery(sql.toString(), UUID.class);
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<UUID> ids = query.getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Card> cards = Card.<Card>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(card -> card.id, Function.identity()));
        return ids.stream().map(cards::get).toList();
    }

    /** The deck and its live subdecks at any depth, of the owner only. */
    private static List<UUID> withSubdecks(String ownerId, UUID deckId) {
        List<UUID> ids = new ArrayList<>();
        Deque<UUID> pending = new ArrayDeque<>(List.of(deckId));
        while (!pending.isEmpty()) {
            UUID id = pending.pop();
            ids.add(id);
            Deck.liveChildren(ownerId, id).forEach(child -> pending.push(child.id));
        }
        return ids;
    }

    /** Where a page ended: the sort column's value (null for a never-due card) and id of its last card. */
    public record SortKey(Instant time, UUID id) {
    }
}
