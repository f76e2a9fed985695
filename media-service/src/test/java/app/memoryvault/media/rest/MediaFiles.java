package app.memoryvault.media.rest;

import app.memoryvault.media.model.MediaFile;
import app.memoryvault.media.storage.StorageKeys;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Files recorded straight in the database, for tests about listing, deleting and counting references. */
final class MediaFiles {

    private MediaFiles() {
    }

    static MediaFile create(String ownerId, String kind, String status, Instant createdAt) {
        MediaFile file = new MediaFile();
        file.id = UUID.randomUUID();
        file.ownerId = ownerId;
        file.kind = kind;
        file.mimeType = kind.equals("image") ? "image/png" : "audio/mpeg";
        byte[] random = new byte[32];
        ThreadLocalRandom.current().nextBytes(random);
        file.sha256 = HexFormat.of().formatHex(random);
        file.sizeBytes = 1000;
        file.status = status;
        file.uploadKey = StorageKeys.upload(file.id);
        file.createdAt = createdAt.truncatedTo(ChronoUnit.MICROS);
        file.updatedAt = file.createdAt;
        QuarkusTransaction.requiringNew().run(file::persist);
        return file;
    }

    static MediaFile create(String ownerId) {
        return create(ownerId, "image", "pending", Instant.now());
    }

    static MediaFile reload(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> MediaFile.findById(id));
    }
}
