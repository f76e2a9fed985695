package app.memoryvault.media.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FilesystemMediaStorageTest extends MediaStorageContract {

    private Path root;
    private FilesystemMediaStorage storage;

    @BeforeEach
    void openStore() throws IOException {
        root = Files.createDirectories(work.resolve("store"));
        storage = new FilesystemMediaStorage(root);
    }

    @Override
    MediaStorage storage() {
        return storage;
    }

    @ParameterizedTest
    @ValueSource(strings = {"../outside", "media/../../outside", "/etc/passwd", ".meta/media/x", ".tmp/x", "media//x",
            "media/./x", "", "media/x/", "a\\..\\b", "media/x\u0000"})
    void shouldRefuseKeysThatCouldLeaveTheRoot(String key) throws IOException {
        Path source = file("never stored");

        assertThatThrownBy(() -> storage.put(key, source, "image/jpeg")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.open(key)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.delete(key)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Files.exists(work.resolve("outside"))).isFalse();
    }

    @Test
    void shouldLeaveNoTemporaryFilesAfterWriting() throws IOException {
        String key = StorageKeys.variant(UUID.randomUUID(), "display");
        storage.put(key, file("bytes"), "image/jpeg");
        storage.put(key, file("other bytes"), "image/jpeg");

        try (Stream<Path> leftovers = Files.list(root.resolve(".tmp"))) {
            assertThat(leftovers).isEmpty();
        }
        assertThat(root.resolve(key)).hasContent("other bytes");
    }

    @Test
    void shouldOfferTheObjectAsALocalFileOnlyWhileItExists() throws IOException {
        String key = StorageKeys.variant(UUID.randomUUID(), "display");
        assertThat(storage.localFile(key)).isEmpty();

        storage.put(key, file("bytes"), "image/jpeg");
        assertThat(storage.localFile(key)).contains(root.resolve(key));

        storage.delete(key);
        assertThat(storage.localFile(key)).isEmpty();
    }

    @Test
    void shouldKeepTheContentTypeAcrossInstances() throws IOException {
        String key = StorageKeys.variant(UUID.randomUUID(), "audio");
        storage.put(key, file("sound"), "audio/mpeg");

        StoredObject reopened = new FilesystemMediaStorage(root).stat(key);

        assertThat(reopened.contentType()).isEqualTo("audio/mpeg");
        assertThat(reopened.etag()).isEqualTo(storage.stat(key).etag());
    }

    @Test
    void shouldRefuseAContentTypeThatWouldBreakItsSidecar() throws IOException {
        String key = StorageKeys.variant(UUID.randomUUID(), "display");
        Path source = file("bytes");

        assertThatThrownBy(() -> storage.put(key, source, "image/jpeg\nforged-etag")).isInstanceOf(IllegalArgumentException.class);
        assertThat(storage.localFile(key)).isEmpty();
        try (Stream<Path> leftovers = Files.list(root.resolve(".tmp"))) {
            assertThat(leftovers).isEmpty();
        }
    }

    @Test
    void shouldSignNoLinksItself() {
        assertThat(storage.presignedGet(StorageKeys.variant(UUID.randomUUID(), "display"),
                Duration.ofMinutes(1), "inline")).isEmpty();
    }
}
