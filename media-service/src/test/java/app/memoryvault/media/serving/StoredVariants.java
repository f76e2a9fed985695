package app.memoryvault.media.serving;

import app.memoryvault.media.model.MediaFile;
import app.memoryvault.media.storage.MediaStorage;
import app.memoryvault.media.storage.StorageKeys;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

/** Makes processed files for serving tests: a media_file row plus its variants put through the real storage. */
final class StoredVariants {

    private StoredVariants() {
    }

    /** A ready image of {@code owner} with one variant per entry of {@code variants} (name to bytes), stored as JPEG. */
    static UUID readyImage(MediaStorage storage, String owner, Map<String, byte[]> variants) {
        UUID id = UUID.randomUUID();
        Map<String, String> keys = new HashMap<>();
        variants.forEach((name, bytes) -> {
            String key = StorageKeys.variant(id, name);
            put(storage, key, bytes, name.equals("audio") ? "audio/mpeg" : "image/jpeg");
            keys.put(name, key);
        });
        String upload = StorageKeys.upload(id);
        put(storage, upload, "the raw upload".getBytes(), "image/png");
        QuarkusTransaction.requiringNew().run(() -> {
            MediaFile file = new MediaFile();
            file.id = id;
            file.ownerId = owner;
            file.kind = "image";
            file.mimeType = "image/png";
            file.sha256 = HexFormat.of().formatHex(id.toString().repeat(2).substring(0, 32).getBytes());
            file.sizeBytes = 14;
            file.status = "ready";
            file.uploadKey = upload;
            file.variantKeys = keys;
            file.createdAt = Instant.now();
            file.updatedAt = file.createdAt;
            file.persist();
        });
        return id;
    }

    /** Marks a file deleted, as DELETE /api/files/{id} does, leaving its objects for the collector. */
    static void softDelete(UUID id) {
        QuarkusTransaction.requiringNew().run(() -> {
            MediaFile file = MediaFile.findById(id);
            file.status = "deleted";
            file.deletedAt = Instant.now();
        });
    }

    private static void put(MediaStorage storage, String key, byte[] bytes, String type) {
        try {
            Path source = Files.createTempFile("variant", ".bin");
            try {
                storage.put(key, Files.write(source, bytes), type);
            } finally {
                Files.delete(source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
