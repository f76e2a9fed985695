package app.memoryvault.card.repository;

import app.memoryvault.card.model.Tag;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Finds or creates an owner's tags by name; concurrent requests creating the same tag do not collide. */
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
}
