package app.memoryvault.media.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every {@link MediaStorage} must do; each implementation's test runs it against a real store. */
abstract class MediaStorageContract {

    @TempDir
    Path work;

    /** The store under test, empty or not: every test uses fresh keys. */
    abstract MediaStorage storage();

    private final String key = StorageKeys.variant(UUID.randomUUID(), "thumb200");

    @Test
    void shouldReadBackWhatWasPutWithItsSizeTypeAndTag() throws IOException {
        storage().put(key, file("hello, media"), "image/jpeg");

        assertThat(read(storage().open(key))).isEqualTo("hello, media");
        StoredObject stored = storage().stat(key);
        assertThat(stored.size()).isEqualTo(12);
        assertThat(stored.contentType()).isEqualTo("image/jpeg");
        assertThat(stored.etag()).isNotBlank().doesNotContain("\"");
    }

    @Test
    void shouldListTheKeysOfAFolderWrittenBeforeAnInstant() throws IOException {
        String upload = StorageKeys.upload(UUID.randomUUID());
        storage().put(upload, file("waiting"), "image/png");
        storage().put(key, file("a variant"), "image/png");
        Instant later = Instant.now().plusSeconds(60);

        assertThat(storage().keysOlderThan("uploads/", later, 100_000)).contains(upload).doesNotContain(key);
        assertThat(storage().keysOlderThan("uploads/", Instant.now().minusSeconds(3600), 100_000))
                .doesNotContain(upload);
        assertThat(storage().keysOlderThan("media/", later, 100_000)).contains(key).doesNotContain(upload);
        assertThat(storage().keysOlderThan("uploads/", later, 1)).hasSize(1);
    }

    @Test
    void shouldReportAMissingObjectOnEveryRead() {
        assertThatThrownBy(() -> storage().open(key)).isInstanceOf(StoredObjectNotFoundException.class);
        assertThatThrownBy(() -> storage().open(key, 2, 3)).isInstanceOf(StoredObjectNotFoundException.class);
        assertThatThrownBy(() -> storage().stat(key)).isInstanceOf(StoredObjectNotFoundException.class);
    }

    @Test
    void shouldReplaceTheBytesTypeAndTagOnOverwrite() throws IOException {
        storage().put(key, file("first version"), "image/jpeg");
        String firstTag = storage().stat(key).etag();

        storage().put(key, file("second, longer version"), "image/webp");

        assertThat(read(storage().open(key))).isEqualTo("second, longer version");
        StoredObject stored = storage().stat(key);
        assertThat(stored.size()).isEqualTo(22);
        assertThat(stored.contentType()).isEqualTo("image/webp");
        assertThat(stored.etag()).isNotEqualTo(firstTag);
    }

    @Test
    void shouldGiveTheSameBytesTheSameTag() throws IOException {
        String other = StorageKeys.variant(UUID.randomUUID(), "thumb200");
        storage().put(key, file("same bytes"), "image/jpeg");
        storage().put(other, file("same bytes"), "image/jpeg");

        assertThat(storage().stat(other).etag()).isEqualTo(storage().stat(key).etag());
    }

    @Test
    void shouldDeleteIdempotently() throws IOException {
        storage().put(key, file("short-lived"), "audio/mpeg");

        storage().delete(key);
        storage().delete(key);
        storage().delete(StorageKeys.upload(UUID.randomUUID()));

        assertThatThrownBy(() -> storage().open(key)).isInstanceOf(StoredObjectNotFoundException.class);
        assertThatThrownBy(() -> storage().stat(key)).isInstanceOf(StoredObjectNotFoundException.class);
    }

    @Test
    void shouldReadRanges() throws IOException {
        storage().put(key, file("0123456789"), "audio/mpeg");

        assertThat(read(storage().open(key, 0, 1))).isEqualTo("0");
        assertThat(read(storage().open(key, 3, 4))).isEqualTo("3456");
        assertThat(read(storage().open(key, 7, 3))).isEqualTo("789");
        assertThat(read(storage().open(key, 9, 1))).isEqualTo("9");
        assertThat(read(storage().open(key, 4, 0))).isEmpty();
    }

    @Test
    void shouldStreamA25MegabyteObjectInAndOut() throws Exception {
        Path big = work.resolve("big.bin");
        String written = writeRandom(big, 25 * 1024 * 1024);

        storage().put(key, big, "audio/mpeg");

        assertThat(storage().stat(key).size()).isEqualTo(25L * 1024 * 1024);
        try (InputStream in = storage().open(key)) {
            assertThat(sha256(in)).isEqualTo(written);
        }
        try (InputStream tail = storage().open(key, 25L * 1024 * 1024 - 3, 3);
                InputStream expected = Files.newInputStream(big)) {
            expected.skipNBytes(25L * 1024 * 1024 - 3);
            assertThat(tail.readAllBytes()).isEqualTo(expected.readAllBytes());
        }
    }

    Path file(String content) throws IOException {
        return Files.writeString(Files.createTempFile(work, "object", ".bin"), content);
    }

    static String read(InputStream in) throws IOException {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Writes {@code size} seeded random bytes in 64 KiB pieces and answers their SHA-256. */
    private static String writeRandom(Path target, int size) throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        Random random = new Random(42);
        byte[] chunk = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int written = 0; written < size; written += chunk.length) {
                random.nextBytes(chunk);
                sha256.update(chunk);
                out.write(chunk);
            }
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** Reads a stream through in 64 KiB pieces, never holding more than that. */
    private static String sha256(InputStream in) throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        try (InputStream digesting = new DigestInputStream(in, sha256)) {
            byte[] buffer = new byte[64 * 1024];
            while (digesting.read(buffer) >= 0) {
                // the digest sees every byte
            }
        }
        return HexFormat.of().formatHex(sha256.digest());
    }
}
