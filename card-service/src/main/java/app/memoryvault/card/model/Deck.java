package app.memoryvault.card.model;

import app.memoryvault.events.SchedulerType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A named collection of one owner's cards; decks nest through {@code parentId} and pick the card scheduler. */
@Entity
@Table(name = "deck")
public class Deck extends PanacheEntityBase {

    @Id
    public UUID id;
    public String ownerId;
    public String name;
    public String description;
    public UUID parentId;
    public SchedulerType scheduler;
    public Instant createdAt;
    public Instant updatedAt;
    public Instant deletedAt;
    @Version
    public long version;

    public static Optional<Deck> findLive(String ownerId, UUID id) {
        return find("id = ?1 and ownerId = ?2 and deletedAt is null", id, ownerId).firstResultOptional();
    }

    /** The owner's live deck with this name, ignoring case. */
    public static Optional<Deck> findLiveByName(String ownerId, String name) {
        return find("ownerId = ?1 and lower(name) = lower(?2) and deletedAt is null", ownerId, name)
                .firstResultOptional();
    }

    /** The owner's deck, live or in the trash. */
    public static Optional<Deck> findOwned(String ownerId, UUID id) {
        return find("id = ?1 and ownerId = ?2", id, ownerId).firstResultOptional();
    }

    /** The subdecks that were deleted at exactly {@code deletedAt}, i.e. by the same deletion. */
    public static List<Deck> childrenDeletedAt(String ownerId, UUID parentId, Instant deletedAt) {
        return list("ownerId = ?1 and parentId = ?2 and deletedAt = ?3", ownerId, parentId, deletedAt);
    }

    public static List<Deck> liveChildren(String ownerId, UUID parentId) {
        return list("ownerId = ?1 and parentId = ?2 and deletedAt is null", ownerId, parentId);
    }

    /** A page of the owner's live decks in name order (ignoring case), after {@code afterName}, {@code afterId}. */
    public static List<Deck> livePage(String ownerId, String afterName, UUID afterId, int limit) {
        if (afterName == null) {
            return find("ownerId = ?1 and deletedAt is null order by lower(name), id", ownerId).page(0, limit).list();
        }
        return find("ownerId = ?1 and deletedAt is null"
                        + " and (lower(name) > lower(?2) or (lower(name) = lower(?2) and id > ?3))"
                        + " order by lower(name), id",
                ownerId, afterName, afterId).page(0, limit).list();
    }
}
