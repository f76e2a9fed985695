package app.memoryvault.media.service;

import app.memoryvault.media.config.MediaConfig;
import app.memoryvault.media.model.UserQuota;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Reads a user's storage quota; reservations and releases come with uploads. */
@ApplicationScoped
public class QuotaService {

    private final MediaConfig config;

    public QuotaService(MediaConfig config) {
        this.config = config;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Usage usageOf(String ownerId) {
        UserQuota quota = UserQuota.findById(ownerId);
        return quota == null
                ? new Usage(0, config.quota().defaultLimitBytes())
                : new Usage(quota.usedBytes, quota.limitBytes);
    }

    /** Bytes a user stores and may store. */
    public record Usage(long usedBytes, long limitBytes) {
    }
}
