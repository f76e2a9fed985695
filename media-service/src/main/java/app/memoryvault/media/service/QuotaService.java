package app.memoryvault.media.service;

import app.memoryvault.media.config.MediaConfig;
import app.memoryvault.media.model.UserQuota;
import app.memoryvault.platform.problem.Problem;
import app.memoryvault.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/** Each user's storage quota: reading it, reserving bytes atomically, returning them, and an admin's new limit. */
@ApplicationScoped
public class QuotaService {

    private final MediaConfig config;
    private final EntityManager entityManager;

    public QuotaService(MediaConfig config, EntityManager entityManager) {
        this.config = config;
        this.entityManager = entityManager;
    }

    @Transactional(TxType.SUPPORTS)
    public Usage usageOf(String ownerId) {
        UserQuota quota = UserQuota.findById(ownerId);
        return quota == null
                ? new Usage(0, config.quota().defaultLimitBytes())
                : new Usage(quota.usedBytes, quota.limitBytes);
    }

    /**
     * Takes {@code bytes} from the user's quota in the caller's transaction with one conditional update, so that
     * concurrent uploads can never take the user past the limit; 413 with used and limit when they would.
     */
    @Transactional(TxType.MANDATORY)
    public void reserve(String ownerId, long bytes) {
        ensureRow(ownerId);
        int updated = entityManager.createNativeQuery("""
                update {h-schema}user_quota set used_bytes = used_bytes + :bytes, updated_at = now()
                where owner_id = :owner and used_bytes + :bytes <= limit_bytes""")
                .setParameter("bytes", bytes)
                .setParameter("owner", ownerId)
                .executeUpdate();
        if (updated == 0) {
            Usage usage = usageOf(ownerId);
            throw overQuota(usage, bytes);
        }
    }

    /** Returns {@code bytes} to the user's quota (a file finally removed). */
    @Transactional(TxType.MANDATORY)
    public void release(String ownerId, long bytes) {
        entityManager.createNativeQuery("""
                update {h-schema}user_quota set used_bytes = greatest(0, used_bytes - :bytes), updated_at = now()
                where owner_id = :owner""")
                .setParameter("bytes", bytes)
                .setParameter("owner", ownerId)
                .executeUpdate();
    }

    /** An admin sets one user's limit; what the user already stores stays. */
    @Transactional
    public Usage setLimit(String ownerId, long limitBytes) {
        ensureRow(ownerId);
        entityManager.createNativeQuery("""
                update {h-schema}user_quota set limit_bytes = :limit, updated_at = now() where owner_id = :owner""")
                .setParameter("limit", limitBytes)
                .setParameter("owner", ownerId)
                .executeUpdate();
        entityManager.clear();
        return usageOf(ownerId);
    }

    /** 413 for an upload of {@code bytes} that does not fit. */
    public static ProblemException overQuota(Usage usage, long bytes) {
        return new ProblemException(Problem.of(413, "quota-exceeded", "Storage quota exceeded",
                "storing " + bytes + " more bytes would pass the limit of " + usage.limitBytes() + " (used "
                        + usage.usedBytes() + ")", null).withUsage(usage.usedBytes(), usage.limitBytes()));
    }

    private void ensureRow(String ownerId) {
        entityManager.createNativeQuery("""
                insert into {h-schema}user_quota (owner_id, used_bytes, limit_bytes, updated_at)
                values (:owner, 0, :limit, now()) on conflict (owner_id) do nothing""")
                .setParameter("owner", ownerId)
                .setParameter("limit", config.quota().defaultLimitBytes())
                .executeUpdate();
    }

    /** Bytes a user stores and may store. */
    public record Usage(long usedBytes, long limitBytes) {
    }
}
