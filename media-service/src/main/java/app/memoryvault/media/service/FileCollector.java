package app.memoryvault.media.service;

import app.memoryvault.media.config.MediaConfig;
import app.memoryvault.media.model.MediaFile;
import app.memoryvault.media.storage.MediaStorage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Removes the objects of files deleted longer than the grace period ago and returns their bytes to the owner's
 * quota. Object deletion is idempotent and the quota is returned only by the replica whose update marks the file
 * removed, so a crash or two replicas at once never return it twice.
 */
@ApplicationScoped
public class FileCollector {

    private static final Logger LOG = Logger.getLogger(FileCollector.class);

    private final MediaStorage storage;
    private final QuotaService quotas;
    private final MediaConfig.Collector config;

    public FileCollector(MediaStorage storage, QuotaService quotas, MediaConfig config) {
        this.storage = storage;
        this.quotas = quotas;
        this.config = config.collector();
    }

    @Scheduled(every = "${memoryvault.media.collector.every:10m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        int removed = collect(Instant.now());
        if (removed > 0) {
            LOG.infof("removed %d deleted files", removed);
        }
    }

    /** Removes files deleted before {@code now} minus the grace period, a batch at most; answers how many. */
    public int collect(Instant now) {
        Instant cutoff = now.minus(config.grace());
        List<MediaFile> due = QuarkusTransaction.requiringNew().call(() -> MediaFile
                .<MediaFile>find("deletedAt < ?1 and removedAt is null order by deletedAt", cutoff)
                .page(0, config.batchSize())
                .list());
        int removed = 0;
        for (MediaFile file : due) {
            for (String key : keysOf(file)) {
                storage.delete(key);
            }
            if (QuarkusTransaction.requiringNew().call(() -> markRemoved(file.id, file.ownerId, file.sizeBytes))) {
                removed++;
            }
        }
        return removed;
    }

    private boolean markRemoved(UUID id, String ownerId, long size) {
        int marked = MediaFile.update("removedAt = ?1, uploadKey = null, updatedAt = ?1 where id = ?2 and removedAt is null",
                Instant.now(), id);
        if (marked == 1) {
            quotas.release(ownerId, size);
        }
        return marked == 1;
    }

    private static List<String> keysOf(MediaFile file) {
        List<String> keys = new ArrayList<>();
        if (file.uploadKey != null) {
            keys.add(file.uploadKey);
        }
        keys.addAll(file.variantKeys == null ? Map.<String, String>of().values() : file.variantKeys.values());
        return keys;
    }
}
