package app.memoryvault.media.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.memoryvault.media.storage.MediaStorage;
import app.memoryvault.media.storage.StorageKeys;
import app.memoryvault.media.storage.StoredObjectNotFoundException;
import app.memoryvault.media.upload.TestMedia;
import app.memoryvault.media.upload.Uploads;
import app.memoryvault.testing.quarkus.KafkaResource;
import app.memoryvault.testing.quarkus.PostgresResource;
import app.memoryvault.testing.quarkus.S3Resource;
import app.memoryvault.testing.quarkus.TestTokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(S3Resource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class OrphanSweeperTest {

    @Inject
    OrphanSweeper sweeper;

    @Inject
    MediaStorage storage;

    @TempDir
    Path dir;

    @Test
    void shouldRemoveAnUploadStoredButNeverRegisteredOnceItIsOlderThanTheGrace() throws Exception {
        // what a process that died between storing the upload and committing its row leaves in S3
        String orphan = StorageKeys.upload(UUID.randomUUID());
        storage.put(orphan, Files.write(dir.resolve("orphan"), TestMedia.png(91)), "image/png");
        HttpResponse<String> registered = Uploads.upload(TestTokens.user("sweep-" + UUID.randomUUID()), "image",
                "kept.png", "image/png", TestMedia.png(92));
        assertThat(registered.statusCode()).isEqualTo(202);
        String kept = StorageKeys.upload(UUID.fromString(new ObjectMapper().readTree(registered.body())
                .path("id").asText()));

        sweeper.sweep(Instant.now());
        assertThat(storage.stat(orphan).size()).as("young orphans are left alone").isPositive();

        sweeper.sweep(Instant.now().plus(Duration.ofHours(6)).plusSeconds(60));

        assertThatThrownBy(() -> storage.stat(orphan)).isInstanceOf(StoredObjectNotFoundException.class);
        assertThat(storage.stat(kept).size()).as("a pending file's upload stays").isPositive();
    }
}
