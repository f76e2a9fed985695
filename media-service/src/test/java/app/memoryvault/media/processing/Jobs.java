package app.memoryvault.media.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.memoryvault.media.model.MediaFile;
import app.memoryvault.media.storage.MediaStorage;
import app.memoryvault.media.upload.Uploads;
import app.memoryvault.testing.quarkus.TestTokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

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

    static byte[] read(MediaStorage storage, String key) {
        try (InputStream in = storage.open(key)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
