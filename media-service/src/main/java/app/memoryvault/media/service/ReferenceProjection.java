package app.memoryvault.media.service;

import app.memoryvault.events.CardCreated;
import app.memoryvault.events.CardDeleted;
import app.memoryvault.events.CardPurged;
import app.memoryvault.events.CardRestored;
import app.memoryvault.events.CardUpdated;
import app.memoryvault.events.DomainEvent;
import app.memoryvault.events.MalformedEventException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Keeps which cards reference which files from card-events. {@code media_ref} holds each card's media ids from its
 * newest content event, {@code card_ref_state} its trash flag and a purge tombstone; a file's {@code ref_count} is
 * recomputed from both (live cards only) whenever they change. Late events are ignored (content and trash flag
 * each keep the time of the event that set them), a purged card never comes back, media ids of other users' or
 * unknown files are ignored. Redelivery is handled before this, by the inbox.
 */
@ApplicationScoped
public class ReferenceProjection {

    private final EntityManager em;

    public ReferenceProjection(EntityManager em) {
        this.em = em;
    }

    @Transactional(TxType.MANDATORY)
    public void apply(String ownerId, Instant occurredAt, DomainEvent event) {
        switch (event) {
            case CardCreated created -> content(ownerId, created.cardId(), created.mediaIds(), occurredAt);
            case CardUpdated updated -> content(ownerId, updated.cardId(), updated.mediaIds(), occurredAt);
            case CardDeleted deleted -> lifecycle(ownerId, deleted.cardId(), true, occurredAt);
            case CardRestored restored -> lifecycle(ownerId, restored.cardId(), false, occurredAt);
            case CardPurged purged -> purge(ownerId, purged.cardId());
            default -> {
                // deck events change no reference: a deleted deck's cards each have their card-deleted
            }
        }
    }

    private void content(String ownerId, UUID cardId, List<UUID> mediaIds, Instant occurredAt) {
        CardState state = state(ownerId, cardId);
        if (state.purged || (state.contentAt != null && occurredAt.isBefore(state.contentAt))) {
            return;
        }
        List<UUID> affected = new ArrayList<>(mediaOf(cardId));
        em.createNativeQuery("delete from {h-schema}media_ref where card_id = :card")
                .setParameter("card", cardId).executeUpdate();
        for (UUID mediaId : mediaIds) {
            em.createNativeQuery("""
                    insert into {h-schema}media_ref (media_id, card_id, owner_id)
                    select id, :card, owner_id from {h-schema}media_file
                    where id = :media and owner_id = :owner and deleted_at is null
                    on conflict do nothing""")
                    .setParameter("card", cardId).setParameter("media", mediaId).setParameter("owner", ownerId)
                    .executeUpdate();
        }
        affected.addAll(mediaIds);
        em.createNativeQuery("update {h-schema}card_ref_state set content_at = :at where card_id = :card")
                .setParameter("at", Timestamp.from(occurredAt)).setParameter("card", cardId).executeUpdate();
        recount(affected);
    }

    private void lifecycle(String ownerId, UUID cardId, boolean deleted, Instant occurredAt) {
        CardState state = state(ownerId, cardId);
        if (state.purged || (state.lifecycleAt != null && occurredAt.isBefore(state.lifecycleAt))) {
            return;
        }
        em.createNativeQuery("""
                update {h-schema}card_ref_state set deleted = :deleted, lifecycle_at = :at where card_id = :card""")
                .setParameter("deleted", deleted).setParameter("at", Timestamp.from(occurredAt))
                .setParameter("card", cardId).executeUpdate();
        recount(mediaOf(cardId));
    }

    private void purge(String ownerId, UUID cardId) {
        state(ownerId, cardId);
        List<UUID> affected = mediaOf(cardId);
        em.createNativeQuery("delete from {h-schema}media_ref where card_id = :card")
                .setParameter("card", cardId).executeUpdate();
        em.createNativeQuery("update {h-schema}card_ref_state set purged = true where card_id = :card")
                .setParameter("card", cardId).executeUpdate();
        recount(affected);
    }

    /** The card's state row, created (and locked) on its first event; an event of another owner is dead-lettered. */
    private CardState state(String ownerId, UUID cardId) {
        em.createNativeQuery("""
                insert into {h-schema}card_ref_state (card_id, owner_id) values (:card, :owner)
                on conflict (card_id) do nothing""")
                .setParameter("card", cardId).setParameter("owner", ownerId).executeUpdate();
        Object[] row = (Object[]) em.createNativeQuery("""
                select owner_id, content_at, lifecycle_at, purged from {h-schema}card_ref_state
                where card_id = :card for update""")
                .setParameter("card", cardId).getSingleResult();
        if (!ownerId.equals(row[0])) {
            throw new MalformedEventException("event of owner " + ownerId + " names card " + cardId
                    + ", which belongs to another owner");
        }
        return new CardState(instant(row[1]), instant(row[2]), (Boolean) row[3]);
    }

    private List<UUID> mediaOf(UUID cardId) {
        return em.createNativeQuery("select media_id from {h-schema}media_ref where card_id = :card", UUID.class)
                .setParameter("card", cardId).getResultList();
    }

    /** Sets each file's count to its references from cards not in the trash. */
    private void recount(List<UUID> mediaIds) {
        if (mediaIds.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                update {h-schema}media_file m set ref_count = (
                    select count(*) from {h-schema}media_ref r join {h-schema}card_ref_state c on c.card_id = r.card_id
                    where r.media_id = m.id and not c.deleted)
                where m.id in (:ids)""")
                .setParameter("ids", mediaIds.stream().distinct().toList()).executeUpdate();
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Instant instant -> instant;
            case Timestamp timestamp -> timestamp.toInstant();
            case OffsetDateTime offset -> offset.toInstant();
            default -> throw new IllegalStateException("unexpected timestamp " + value.getClass());
        };
    }

    private record CardState(Instant contentAt, Instant lifecycleAt, boolean purged) {
    }
}
