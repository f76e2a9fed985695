package app.memoryvault.media.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.memoryvault.media.upload.TestMedia;
import app.memoryvault.media.upload.Uploads;
import app.memoryvault.testing.quarkus.KafkaResource;
import app.memoryvault.testing.quarkus.PostgresResource;
import app.memoryvault.testing.quarkus.S3Resource;
import app.memoryvault.testing.quarkus.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(S3Resource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class ScratchSpaceTest {

    @Inject
    ScratchSpace scratch;

    /** A scratch folder as a process leaves it, with a half-received upload in it. */
    private static Path leftBehind(Path root) throws Exception {
        Path dir = Files.createDirectories(root.resolve("proc-" + UUID.randomUUID()));
        Files.createFile(dir.resolve("lock"));
        Path upload = Files.createDirectories(dir.resolve("upload-123"));
        Files.write(upload.resolve("upload"), new byte[] {1, 2, 3});
        return dir;
    }

    @Test
    void shouldRemoveWhatProcessesThatAreGoneLeftAndKeepLiveOnes() throws Exception {
        Path root = scratch.uploads().getParent();
        Path crashed = leftBehind(root);
        Path crashedJobs = leftBehind(scratch.jobs().getParent());
        Path live = leftBehind(root);

        try (FileChannel lock = FileChannel.open(live.resolve("lock"), StandardOpenOption.WRITE)) {
            lock.lock();

            assertThat(scratch.sweep()).isEqualTo(2);

            assertThat(crashed).doesNotExist();
            assertThat(crashedJobs).doesNotExist();
            assertThat(live.resolve("upload-123/upload")).exists();
            assertThat(scratch.uploads()).isDirectory();
            assertThat(scratch.jobs()).isDirectory();
        }
        assertThat(Uploads.upload(TestTokens.user("scratch-" + UUID.randomUUID()), "image", "a.png", "image/png",
                TestMedia.png(77)).statusCode()).as("uploads still work").isEqualTo(202);
        try (Stream<Path> left = Files.list(scratch.uploads())) {
            assertThat(left.map(path -> path.getFileName().toString())).as("the upload's folder is gone")
                    .containsOnly("lock");
        }
        scratch.sweep();
        assertThat(live).doesNotExist();
    }
}
