package app.memoryvault.media.serving;

import app.memoryvault.media.model.MediaFile;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds the storage key of a processed variant of a file that is not deleted. On the hot path of serving, the
 * variants of a ready file are remembered for a few seconds, so that an {@code <img>} fetched again and again (or
 * an audio file sought through with ranges) does not cost a database round trip each time; a file deleted through
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

    /** What serving needs to know of a ready file. */
    private record Served(String ownerId, Map<String, String> variantKeys) {
    }

    /** The variant of the owner's file; empty when the file is another user's, deleted, or has no such variant. */
    public Optional<String> ownersVariant(UUID id, String ownerId, String variant) {
        return lookup(id).filter(file -> file.ownerId().equals(ownerId))
                .map(file -> file.variantKeys().get(variant));
    }

    /** The variant of any user's file, for a link whose signature was already checked. */
    public Optional<String> linkedVariant(UUID id, String variant) {
        return lookup(id).map(file -> file.variantKeys().get(variant));
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
        Served served = new Served(live.get().ownerId, Map.copyOf(live.get().variantKeys));
        if ("ready".equals(live.get().status)) {
            ready.put(id, served);
        }
        return Optional.of(served);
    }
}
