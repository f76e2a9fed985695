package app.memoryvault.card.repository;

import app.memoryvault.card.model.Tag;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Finds or creates an owner's tags by name (concurrent creations of a tag do not collide); counts their cards. */
@ApplicationScoped
public class TagRepository {

    private final EntityManager entityManager;

    public TagRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The owner's tags with these (normalised) names, creating those that do not exist yet. */
    public List<Tag> resolve(String ownerId, Collection<String> names) {
        if (names.isEmpty()) {
            return List.of();
        }
        for (String name : names) {
            entityManager.createNativeQuery("insert into {h-schema}tag (id, owner_id, name) values (?1, ?2, ?3)"
                            + " on conflict (owner_id, name) do nothing")
                    .setParameter(1, UUID.randomUUID())
                    .setParameter(2, ownerId)
                    .setParameter(3, name)
                    .executeUpdate();
        }
        return Tag.named(ownerId, names);
    }

    /**
     * Up to {@code limit} of the owner's tags that live cards carry, in name order, after {@code afterName} (null
     * for the first page) and starting with {@code prefix} (null for all). The index on (owner, name) walks the
     * tags in order and the counts are taken per tag, so a page costs what its tags hold, not what the owner has.
     */
    public List<TagCount> livePage(String ownerId, String prefix, String afterName, int limit) {
        StringBuilder sql = new StringBuilder("""
                select t.id, t.name, n.cards from {h-schema}tag t
                cross join lateral (select count(*) as cards from {h-schema}card_tag ct
                    join {h-schema}card c on c.id = ct.card_id
                    where ct.tag_id = t.id and c.deleted_at is null) n
                where t.owner_id = :owner and n.cards > 0""");
        if (prefix != null) {
            sql.append(" and t.name >= :prefix and starts_with(t.name, :prefix)");
        }
        if (afterName != null) {
            sql.append(" and t.name > :after");
        }
        sql.append(" order by t.name limit :limit");
        Query query = entityManager.createNativeQuery(sql.toString(), Object[].class)
                .setParameter("owner", ownerId)
                .setParameter("limit", limit);
        if (prefix != null) {
            query.setParameter("prefix", prefix);
        }
        if (afterName != null) {
            query.setParameter("after", afterName);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(row -> new TagCount((UUID) row[0], (String) row[1], ((Number) row[2]).longValue()))
                .toList();
    }

    /** How many of the owner's live cards carry the tag. */
    public long liveCount(UUID tagId) {
        return entityManager.createQuery("select count(c) from Card c join c.tags t"
                        + " where t.id = :tag and c.deletedAt is null", Long.class)
                .setParameter("tag", tagId)
                .getSingleResult();
    }
}
