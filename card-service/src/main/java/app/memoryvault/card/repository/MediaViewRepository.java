package app.memoryvault.card.repository;

import app.memoryvault.card.model.MediaStatus;
import app.memoryvault.card.service.VerifiedMedia;
import app.memoryvault.events.MediaKind;
import app.memoryvault.events.MediaProcessed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Writes the media read model ({@code media_view}) from the two sources that tell of a file, in any order: the
 * answer media-service gave when a card came to reference it, and its {@code media-processed} event. A file's
 * status only moves forward, from {@code pending} to {@code ready} or {@code failed}; an outcome is final, so a
 * late {@code pending} answer or a redelivered event never moves a file back. Each write is an upsert, so the
 * two sources racing for a new file both end on one row.
 */
@ApplicationScoped
public class MediaViewRepository {

    private static final String INSERT = """
            insert into card.media_view (media_id, owner_id, kind, status, width, height, duration_ms,
                                         failure_reason, variants, updated_at)
            values (:id, :owner, :kind, :status, :width, :height, :duration, :reason,
                    string_to_array(:variants, ','), :now)
            on conflict (media_id) do update set kind = coalesce(media_view.kind, excluded.kind)
            """;
    private static final String ADVANCE = """
            update card.media_view set status = :status, width = :width, height = :height, duration_ms = :duration,
                   failure_reason = :reason, variants = string_to_array(:variants, ','), updated_at = :now
            where media_id = :id and owner_id = :owner and status = 'pending'
            """;

    private final EntityManager entityManager;

    public MediaViewRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Records what media-service answered for files the owner's card references. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordVerified(String ownerId, Collection<VerifiedMedia> files) {
        for (VerifiedMedia file : files) {
            write(ownerId, file.mediaId(), file.kind(), file.status(), file.width(), file.height(),
                    file.durationMs(), file.failureReason(), String.join(",", file.variants()));
        }
    }

    /** Records a processing outcome; a file no card references yet is recorded too, for when one does. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordProcessed(String ownerId, MediaProcessed processed) {
        MediaStatus status = MediaStatus.valueOf(processed.status().name());
        write(ownerId, processed.mediaId(), null, status, processed.width(), processed.height(),
                processed.durationMs(), processed.failureReason(),
                String.join(",", processed.variants().keySet().stream().sorted().toList()));
    }

    private void write(String ownerId, UUID id, MediaKind kind, MediaStatus status, Integer width, Integer height,
            Long durationMs, String failureReason, String variants) {
        Map<String, Object> file = new HashMap<>();
        file.put("id", id);
        file.put("owner", ownerId);
        file.put("status", wire(status));
        file.put("width", width);
        file.put("height", height);
        file.put("duration", durationMs);
        file.put("reason", status == MediaStatus.FAILED ? failureReason : null);
        file.put("variants", status == MediaStatus.READY ? variants : "");
        file.put("now", Instant.now());
        Query insert = entityManager.createNativeQuery(INSERT)
                .setParameter("kind", kind == null ? null : kind.name().toLowerCase(Locale.ROOT));
        file.forEach(insert::setParameter);
        insert.executeUpdate();
        if (status != MediaStatus.PENDING) {
            Query advance = entityManager.createNativeQuery(ADVANCE);
            file.forEach(advance::setParameter);
            advance.executeUpdate();
        }
    }

    private static String wire(MediaStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
