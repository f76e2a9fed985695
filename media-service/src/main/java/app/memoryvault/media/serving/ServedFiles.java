package app.memoryvault.media.serving;

import app.memoryvault.media.model.MediaFile;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds the storage key of a processed variant of a file that is not deleted. A single read on the hot path of
 * serving: it runs without a transaction (autocommit), one database round trip instead of two.
 */
@ApplicationScoped
public class ServedFiles {

    /** The variant of the owner's file; empty when the file is another user's, deleted, or has no such variant. */
    public Optional<String> ownersVariant(UUID id, String ownerId, String variant) {
        return MediaFile.<MediaFile>find("id = ?1 and ownerId = ?2 and deletedAt is null", id, ownerId)
                .firstResultOptional()
                .flatMap(file -> variantOf(file, variant));
    }

    /** The variant of any user's file, for a link whose signature was already checked. */
    public Optional<String> linkedVariant(UUID id, String variant) {
        return MediaFile.<MediaFile>find("id = ?1 and deletedAt is null", id)
                .firstResultOptional()
                .flatMap(file -> variantOf(file, variant));
    }

    private static Optional<String> variantOf(MediaFile file, String variant) {
        if ("deleted".equals(file.status) || file.variantKeys == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(file.variantKeys.get(variant));
    }
}
