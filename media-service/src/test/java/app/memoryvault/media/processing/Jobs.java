package app.memoryvault.media.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.memoryvault.events.MediaKind;
import app.memoryvault.events.MediaUploaded;
import app.memoryvault.media.model.MediaFile;
import app.memoryvault.media.storage.MediaStorage;
import app.memoryvault.media.storage.StorageKeys;
import app.memoryvault.media.upload.Uploads;
import app.memoryvault.testing.quarkus.TestTokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Uploads through the API and waits for the worker, as a client would. */
final class Jobs {

    private Jobs() {
    }

    static String newUser() {
        return "worker-" + UUID.randomUUID();
    }

    /** Uploads the bytes as a new user; answers the file id. */
    static UUID upload(String user, String kind, String name, byte[] bytes) {
        HttpResponse<String> response = Uploads.upload(TestTokens.user(user), kind, name,
                "application/octet-stream", bytes);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        try {
            return UUID.fromString(new ObjectMapper().readTree(response.body()).path("id").asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static UUID upload(String kind, String name, byte[] bytes) {
        return upload(newUser(), kind, name, bytes);
    }

    static MediaFile reload(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> MediaFile.<MediaFile>findById(id));
    }

    /** Waits until the worker has made the file ready or failed. */
    static MediaFile awaitProcessed(UUID id) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> !"pending".equals(reload(id).status));
        return reload(id);
    }

    /** A pending PNG registered and stored without an event: only the caller runs or publishes its job. */
    static MediaUploaded pendingImage(MediaStorage storage, Path dir, byte[] png) throws IOException {
        MediaFile file = new MediaFile();
        file.id = UUID.randomUUID();
        file.ownerId = "sub-" + newUser();
        file.kind = "image";
        file.mimeType = "image/png";
        byte[] random = new byte[32];
        ThreadLocalRandom.current().nextBytes(random);
        file.sha256 = HexFormat.of().formatHex(random);
        file.sizeBytes = png.length;
        file.status = "pending";
        file.uploadKey = StorageKeys.upload(file.id);
        file.createdAt = Instant.now();
        file.updatedAt = file.createdAt;
        storage.put(file.uploadKey, Files.write(dir.resolve("upload-" + file.id), png), "image/png");
        QuarkusTransaction.requiringNew().run(file::persist);
        return new MediaUploaded(file.id, MediaKind.IMAGE, file.mimeType, file.uploadKey, file.sizeBytes, file.sha256);
    }

    static byte[] read(MediaStorage storage, String key) {
        try (InputStream in = storage.open(key)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
