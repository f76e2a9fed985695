package app.memoryvault.media.serving;

import app.memoryvault.media.model.MediaFile;
import app.memoryvault.media.storage.MediaStorage;
import app.memoryvault.media.storage.StoredObjectNotFoundException;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Finds a processed variant of a file that is not deleted, with its size, tag and type. On the hot path of serving,
 * the variants of a ready file (and what the store said of each) are remembered for a few seconds, so that an
 * {@code <img>} fetched again and again (or an audio file sought through with ranges) costs neither a database round
 * trip nor a read of the store's metadata each time; a file deleted through
 * this process is forgotten at once, one deleted through another replica at the latest after {@link #REMEMBERED}.
 * A file that is not ready yet is never remembered, so its variants are served as soon as they exist.
 */
@ApplicationScoped
public class ServedFiles {

    /** How long a ready file's variants are remembered. */
    static final Duration REMEMBERED = Duration.ofSeconds(10);

    private final Cache<UUID, Served> ready = Caffeine.newBuilder()
            .expireAfterWrite(REMEMBERED)
            .maximumSize(10_000)
            .build();

    private final MediaStorage storage;

    /** What serving needs to know of a ready file; {@code stated} fills up as its variants are served. */
    private record Served(String ownerId, Map<String, String> variantKeys, ConcurrentMap<String, ServedVariant> stated) {
    }

    public ServedFiles(MediaStorage storage) {
        this.storage = storage;
    }

    /** The variant of the owner's file; empty when the file is another user's, deleted, or has no such variant. */
    Optional<ServedVariant> ownersVariant(UUID id, String ownerId, String variant) {
        return lookup(id).filter(file -> file.ownerId().equals(ownerId)).flatMap(file -> variant(file, variant));
    }

    /** The variant of any user's file, for a link whose signature was already checked. */
    Optional<ServedVariant> linkedVariant(UUID id, String variant) {
        return lookup(id).flatMap(file -> variant(file, variant));
    }

    /**
     * The variant of any user's file if it is remembered already, without touching the database or the store, so it
     * can be answered on the event loop; for a link whose signature was already checked.
     */
    Optional<ServedVariant> rememberedVariant(UUID id, String variant) {
        Served remembered = ready.getIfPresent(id);
        return remembered == null ? Optional.empty() : Optional.ofNullable(remembered.stated().get(variant));
    }

    /** Forgets what was remembered of the file (it was just deleted). */
    public void forget(UUID id) {
        ready.invalidate(id);
    }

    private Optional<Served> lookup(UUID id) {
        Served remembered = ready.getIfPresent(id);
        if (remembered != null) {
            return Optional.of(remembered);
        }
        Optional<MediaFile> live = MediaFile.<MediaFile>find("id = ?1 and deletedAt is null", id).firstResultOptional();
        if (live.isEmpty() || "deleted".equals(live.get().status) || live.get().variantKeys == null) {
            return Optional.empty();
        }
        Served served = new Served(live.get().ownerId, Map.copyOf(live.get().variantKeys), new ConcurrentHashMap<>());
        if ("ready".equals(live.get().status)) {
            ready.put(id, served);
        }
        return Optional.of(served);
    }

    private Optional<ServedVariant> variant(Served file, String variant) {
        ServedVariant stated = file.stated().get(variant);
        if (stated != null) {
            return Optional.of(stated);
        }
        String key = file.variantKeys().get(variant);
        if (key == null) {
            return Optional.empty();
        }
        try {
            ServedVariant served = new ServedVariant(key, storage.stat(key), storage.localFile(key));
            file.stated().put(variant, served);
            return Optional.of(served);
        } catch (StoredObjectNotFoundException e) {
            return Optional.empty();
        }
    }
}
