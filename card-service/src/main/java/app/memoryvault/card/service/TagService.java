package app.memoryvault.card.service;

import app.memoryvault.card.messaging.CardEventPublisher;
import app.memoryvault.card.model.Card;
import app.memoryvault.card.model.Tag;
import app.memoryvault.card.repository.TagRepository;
import app.memoryvault.card.rest.Page;
import app.memoryvault.card.rest.TagRequest;
import app.memoryvault.card.rest.TagResponse;
import app.memoryvault.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The tag use cases of one owner. Renaming and deleting a tag change every card that carries it, live or in the
 * trash, in one transaction: each gets a new version and updated time, and a card-updated event with its tags.
 */
@ApplicationScoped
public class TagService {

    private static final int BATCH = 500;

    private final TagRepository tags;
    private final CardEventPublisher events;
    private final Persistence persistence;
    private final EntityManager entityManager;

    public TagService(TagRepository tags, CardEventPublisher events, Persistence persistence,
            EntityManager entityManager) {
        this.tags = tags;
        this.events = events;
        this.persistence = persistence;
        this.entityManager = entityManager;
    }

    /** The owner's tags that live cards carry, in name order, optionally only those starting with {@code q}. */
    @Transactional
    public Page<TagResponse> list(String ownerId, String q, int limit, String cursor) {
        String prefix = q == null || q.isBlank() ? null : TagNames.checked("q", q);
        PageCursor after = PageCursor.decode(cursor);
        return Pages.of(tags.livePage(ownerId, prefix, after == null ? null : after.key(), limit + 1), limit,
                tag -> new PageCursor(tag.name(), tag.id()).encode(),
                page -> page.stream().map(tag -> new TagResponse(tag.name(), tag.cards())).toList());
    }

    /** Renames the tag on all the owner's cards; a card that already carries the new name keeps it once. */
    @Transactional
    public TagResponse rename(String ownerId, String name, TagRequest request) {
        Tag source = usedTag(ownerId, name);
        String newName = TagNames.checked("name", request.name());
        if (newName.equals(source.name)) {
            return new TagResponse(newName, tags.liveCount(source.id));
        }
        UUID targetId = tags.resolve(ownerId, List.of(newName)).getFirst().id;
        relabel(ownerId, source.id, targetId);
        return new TagResponse(newName, tags.liveCount(targetId));
    }

    /** Takes the tag off all the owner's cards. */
    @Transactional
    public void delete(String ownerId, String name) {
        relabel(ownerId, usedTag(ownerId, name).id, null);
    }

    /**
     * Replaces the source tag by the target (none: removes it) on every card carrying it, in batches that leave the
     * persistence context small, then drops the source tag.
     */
    private void relabel(String ownerId, UUID sourceId, UUID targetId) {
        Instant now = Timestamps.now();
        List<Card> batch;
        do {
            Tag source = Tag.findById(sourceId);
            Tag target = targetId == null ? null : Tag.findById(targetId);
            batch = Card.<Card>find("select c from Card c join c.tags t where t.id = ?1 and c.ownerId = ?2"
                    + " order by c.id", sourceId, ownerId).page(0, BATCH).list();
            for (Card card : batch) {
                card.tags.remove(source);
                if (target != null) {
                    card.tags.add(target);
                }
                card.updatedAt = now;
            }
            persistence.flush();
            batch.forEach(events::cardUpdated);
            persistence.flush();
            entityManager.clear();
        } while (batch.size() == BATCH);
        Tag.delete("id", sourceId);
    }

    private static Tag usedTag(String ownerId, String name) {
        String normalised = TagNames.checked("tag", name);
        return Tag.findUsed(ownerId, normalised).orElseThrow(() -> ProblemException.notFound("tag", normalised));
    }
}
