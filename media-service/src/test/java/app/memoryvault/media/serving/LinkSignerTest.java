package app.memoryvault.media.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.memoryvault.media.model.MediaFile;
import app.memoryvault.media.storage.FilesystemMediaStorage;
import app.memoryvault.media.storage.StorageConfig;
import app.memoryvault.media.storage.StorageKeys;
import io.quarkus.runtime.LaunchMode;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HMAC links of the filesystem store: what they sign, when they expire, and which secret they need. */
class LinkSignerTest {

    private static final String SECRET = "a-secret-every-replica-shares-0123456789";

    @TempDir
    Path root;

    private final UUID id = UUID.randomUUID();

    @Test
    void shouldAcceptItsOwnSignatureUntilTheLinkExpires() {
        LinkSigner signer = signer(Optional.of(SECRET), StorageConfig.Type.FILESYSTEM);
        long expires = 1_000;
        String signature = signer.sign(id, "thumb200", expires);

        assertThat(signer.check(id, "thumb200", expires, signature, Instant.ofEpochSecond(1_000))).isEqualTo(LinkSigner.Check.VALID);
        assertThat(signer.check(id, "thumb200", expires, signature, Instant.ofEpochSecond(1_001))).isEqualTo(LinkSigner.Check.EXPIRED);
    }

    @Test
    void shouldRefuseASignatureForAnythingElse() {
        LinkSigner signer = signer(Optional.of(SECRET), StorageConfig.Type.FILESYSTEM);
        String signature = signer.sign(id, "thumb200", 1_000);
        Instant now = Instant.ofEpochSecond(10);

        assertThat(signer.check(UUID.randomUUID(), "thumb200", 1_000, signature, now)).isEqualTo(LinkSigner.Check.TAMPERED);
        assertThat(signer.check(id, "thumb400", 1_000, signature, now)).isEqualTo(LinkSigner.Check.TAMPERED);
        assertThat(signer.check(id, "thumb200", 1_001, signature, now)).isEqualTo(LinkSigner.Check.TAMPERED);
        assertThat(signer.check(id, "thumb200", 1_000, null, now)).isEqualTo(LinkSigner.Check.TAMPERED);
        assertThat(signer(Optional.of(SECRET + "x"), StorageConfig.Type.FILESYSTEM)
                .check(id, "thumb200", 1_000, signature, now)).isEqualTo(LinkSigner.Check.TAMPERED);
    }

    @Test
    void shouldLetReplicasWithTheSameSecretCheckEachOthersLinks() {
        String signature = signer(Optional.of(SECRET), StorageConfig.Type.FILESYSTEM).sign(id, "audio", 5_000);

        assertThat(signer(Optional.of(SECRET), StorageConfig.Type.FILESYSTEM)
                .check(id, "audio", 5_000, signature, Instant.ofEpochSecond(1))).isEqualTo(LinkSigner.Check.VALID);
    }

    @Test
    void shouldRefuseToStartTheFilesystemStoreInProductionWithoutASecret() {
        assertThatThrownBy(() -> LinkSigner.secret(config(Optional.empty(), null), StorageConfig.Type.FILESYSTEM, LaunchMode.NORMAL))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("memoryvault.media.links.secret");
        assertThat(LinkSigner.secret(config(Optional.empty(), null), StorageConfig.Type.FILESYSTEM, LaunchMode.DEVELOPMENT)).hasSize(32);
        assertThat(LinkSigner.secret(config(Optional.empty(), null), StorageConfig.Type.S3, LaunchMode.NORMAL)).hasSize(32);
    }

    @Test
    void shouldRefuseAShortSecret() {
        assertThatThrownBy(() -> LinkSigner.secret(config(Optional.of("short"), null), StorageConfig.Type.FILESYSTEM, LaunchMode.NORMAL))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("32");
    }

    @Test
    void shouldLinkEveryVariantOfAFilesystemFileThroughMediaService() throws Exception {
        FilesystemMediaStorage storage = new FilesystemMediaStorage(root);
        storage.put(StorageKeys.variant(id, "thumb200"), Files.writeString(root.resolve("in"), "x"), "image/jpeg");
        LinksConfig config = config(Optional.of(SECRET), "https://memoryvault.example/");
        LinkSigner signer = new LinkSigner(config, storageConfig(StorageConfig.Type.FILESYSTEM));
        MediaFile file = new MediaFile();
        file.id = id;
        file.uploadKey = StorageKeys.upload(id);
        file.variantKeys = Map.of("thumb200", StorageKeys.variant(id, "thumb200"), "audio", StorageKeys.variant(id, "audio"));

        Map<String, URI> links = new MediaLinks(storage, signer, config).linksTo(file);

        assertThat(links).containsOnlyKeys("thumb200", "audio");
        URI thumb = links.get("thumb200");
        assertThat(thumb.getScheme() + "://" + thumb.getHost() + thumb.getPath())
                .isEqualTo("https://memoryvault.example/api/files/" + id + "/content");
        Map<String, String> query = query(thumb);
        assertThat(query.get("variant")).isEqualTo("thumb200");
        long expires = Long.parseLong(query.get("expires"));
        assertThat(expires).isBetween(Instant.now().plusSeconds(890).getEpochSecond(), Instant.now().plusSeconds(901).getEpochSecond());
        assertThat(signer.check(id, "thumb200", expires, query.get("signature"), Instant.now())).isEqualTo(LinkSigner.Check.VALID);
    }

    private static Map<String, String> query(URI uri) {
        return Arrays.stream(uri.getRawQuery().split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0],
                        pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
    }

    private static LinkSigner signer(Optional<String> secret, StorageConfig.Type type) {
        return new LinkSigner(config(secret, null), storageConfig(type));
    }

    private static LinksConfig config(Optional<String> secret, String baseUrl) {
        return new LinksConfig() {
            @Override
            public Duration ttl() {
                return Duration.ofMinutes(15);
            }

            @Override
            public Optional<String> secret() {
                return secret;
            }

            @Override
            public Optional<String> baseUrl() {
                return Optional.ofNullable(baseUrl);
            }
        };
    }

    private static StorageConfig storageConfig(StorageConfig.Type type) {
        return new StorageConfig() {
            @Override
            public Type type() {
                return type;
            }

            @Override
            public String bucket() {
                return "unused";
            }

            @Override
            public Optional<URI> publicEndpoint() {
                return Optional.empty();
            }

            @Override
            public Optional<String> prefix() {
                return Optional.empty();
            }

            @Override
            public Filesystem filesystem() {
                return () -> "unused";
            }
        };
    }
}
