package app.memoryvault.card.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** One flashcard of one owner: its items on both sides, its tags, and a read model of its review schedule. */
@Entity
@Table(name = "card")
public class Card extends PanacheEntityBase {

    @Id
    public UUID id;
    public String ownerId;
    public UUID deckId;
    public Instant createdAt;
    public Instant updatedAt;
    public Instant deletedAt;
    @Version
    public long version;

    /** Leitner box, as review-service last reported it; null until the first review. */
    public Integer box;
    public Instant dueAt;
    public Instant lastReviewedAt;
    /** Taken out of the due queue by review-service (card-schedule-changed); a suspended card is never due. */
    public boolean suspended;
    /** When the last schedule change without a review happened; older reviews and changes arrive too late. */
    public Instant scheduleChangedAt;

    @OneToMany(mappedBy = "card", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<CardContent> contents = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "card_tag",
            joinColumns = @JoinColumn(name = "card_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    @OrderBy("name")
    public Set<Tag> tags = new LinkedHashSet<>();

    public static Optional<Card> findLive(String ownerId, UUID id) {
        return find("id = ?1 and ownerId = ?2 and deletedAt is null", id, ownerId).firstResultOptional();
    }

    /** The owner's card, live or in the trash. */
    public static Optional<Card> findOwned(String ownerId, UUID id) {
        return find("id = ?1 and ownerId = ?2", id, ownerId).firstResultOptional();
    }

    /** The cards of the deck that were deleted at exactly {@code deletedAt}, i.e. by the same deletion. */
    public static List<Card> deletedInDeckAt(String ownerId, UUID deckId, Instant deletedAt) {
        return list("ownerId = ?1 and deckId = ?2 and deletedAt = ?3", ownerId, deckId, deletedAt);
    }

    public static List<Card> liveInDeck(String ownerId, UUID deckId) {
        return list("ownerId = ?1 and deckId = ?2 and deletedAt is null", ownerId, deckId);
    }

    /** The items of one side in position order. */
    public List<CardContent> side(Side side) {
        return contents.stream().filter(item -> item.side == side).toList();
    }

    /** The media files the card's items reference, each once. */
    public List<UUID> mediaIds() {
        return contents.stream().map(item -> item.mediaId).filter(Objects::nonNull).distinct().toList();
    }

    /** Replaces both sides' items. */
    public void replaceContents(List<CardContent> items) {
        contents.clear();
        items.forEach(item -> item.card = this);
        contents.addAll(items);
    }
}
