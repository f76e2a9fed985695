package app.memoryvault.media.service;

import app.memoryvault.media.config.MediaConfig;
import app.memoryvault.media.model.MediaFile;
import app.memoryvault.media.storage.MediaStorage;
import app.memoryvault.media.storage.StorageKeys;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Removes uploads no file refers to: an object stored by an upload whose registration never committed (the process
 * died between the two), or an upload a worker processed but died before deleting. Only objects older than
 * {@code collector.orphan-grace} are looked at, so an upload being registered right now is never touched.
 */
@ApplicationScoped
public class OrphanSweeper {

    private static final Logger LOG = Logger.getLogger(OrphanSweeper.class);
    private static final String UPLOADS = "uploads/";

    private final MediaStorage storage;
    private final MediaConfig.Collector config;

    public OrphanSweeper(MediaStorage storage, MediaConfig config) {
        this.storage = storage;
        this.config = config.collector();
    }

    @Scheduled(every = "${memoryvault.media.collector.every:10m}", delayed = "60s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        int removed = sweep(Instant.now());
        if (removed > 0) {
            LOG.infof("removed %d uploads no file refers to", removed);
        }
    }

    /** Removes orphan uploads stored before {@code now} minus the grace period, a batch at most; answers how many. */
    public int sweep(Instant now) {
        int removed = 0;
        for (String key : storage.keysOlderThan(UPLOADS, now.minus(config.orphanGrace()), config.batchSize())) {
            if (!referenced(key)) {
                storage.delete(key);
                removed++;
            }
        }
        return removed;
    }

    private static boolean referenced(String key) {
        Optional<UUID> id = idOf(key);
        return id.isPresent() && QuarkusTransaction.requiringNew().call(() -> MediaFile.<MediaFile>findByIdOptional(
                id.get()).filter(file -> key.equals(file.uploadKey)).isPresent());
    }

    private static Optional<UUID> idOf(String key) {
        try {
            UUID id = UUID.fromString(key.substring(UPLOADS.length()));
            return key.equals(StorageKeys.upload(id)) ? Optional.of(id) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
