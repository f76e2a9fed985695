package app.memoryvault.media.serving;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import app.memoryvault.media.storage.MediaStorage;
import app.memoryvault.media.storage.StorageConfig;
import app.memoryvault.testing.quarkus.KafkaResource;
import app.memoryvault.testing.quarkus.PostgresResource;
import app.memoryvault.testing.quarkus.S3Resource;
import app.memoryvault.testing.quarkus.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Signed links with the filesystem store, whose remembered variants are answered on the event loop by
 * {@link SignedLinkRoute}: the first request goes through the resource, the next ones do not, and both must give the
 * same answers.
 */
@QuarkusTest
@TestProfile(FilesystemStoreProfile.class)
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(S3Resource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class RememberedVariantServingTest {

    private static final String AUDIO = "0123456789abcdefghij";

    @Inject
    MediaStorage storage;

    @Inject
    StorageConfig config;

    @Inject
    LinkSigner signer;

    private UUID id;
    private long expires;

    @BeforeEach
    void storeAlicesAudio() {
        id = StoredVariants.readyImage(storage, TestTokens.subjectOf("alice"),
                Map.of("audio", AUDIO.getBytes(StandardCharsets.US_ASCII)));
        expires = Instant.now().plusSeconds(60).getEpochSecond();
    }

    @Test
    void shouldServeARememberedVariantWithoutReadingItsMetadataAgain() throws IOException {
        String etag = link("audio").get("/api/files/{id}/content", id)
                .then().statusCode(200).contentType("audio/mpeg").extract().header("ETag");
        Files.delete(sidecarOf("media/" + id + "/audio"));

        link("audio").get("/api/files/{id}/content", id)
                .then().statusCode(200)
                .contentType("audio/mpeg")
                .header("ETag", etag)
                .header("Content-Length", "20")
                .header("Accept-Ranges", "bytes")
                .header("Cache-Control", "public, max-age=31536000, immutable")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "inline; filename=\"" + id + "-audio.mp3\"")
                .body(equalTo(AUDIO));
    }

    @Test
    void shouldAnswerRangesAndConditionsOfARememberedVariant() {
        String etag = link("audio").get("/api/files/{id}/content", id).then().statusCode(200).extract().header("ETag");

        link("audio").header("Range", "bytes=5-9").get("/api/files/{id}/content", id)
                .then().statusCode(206)
                .header("Content-Range", "bytes 5-9/20")
                .header("Content-Length", "5")
                .header("ETag", etag)
                .body(equalTo("56789"));
        link("audio").header("Range", "bytes=-4").get("/api/files/{id}/content", id)
                .then().statusCode(206).header("Content-Range", "bytes 16-19/20").body(equalTo("ghij"));
        link("audio").header("Range", "bytes=0-1").header("If-Range", "\"stale\"").get("/api/files/{id}/content", id)
                .then().statusCode(200).body(equalTo(AUDIO));
        link("audio").header("Range", "bytes=20-30").get("/api/files/{id}/content", id)
                .then().statusCode(416)
                .contentType("application/problem+json")
                .header("Content-Range", "bytes */20")
                .body("type", equalTo("urn:memoryvault:problem:range-not-satisfiable"));
        link("audio").header("If-None-Match", etag).get("/api/files/{id}/content", id)
                .then().statusCode(304).header("ETag", etag).body(equalTo(""));
    }

    @Test
    void shouldStillRefuseBadLinksToARememberedVariant() {
        link("audio").get("/api/files/{id}/content", id).then().statusCode(200);

        given().queryParam("variant", "audio").queryParam("expires", expires + 1)
                .queryParam("signature", signer.sign(id, "audio", expires))
                .get("/api/files/{id}/content", id)
                .then().statusCode(403).body("type", equalTo("urn:memoryvault:problem:invalid-link"));
        long expired = Instant.now().minusSeconds(1).getEpochSecond();
        given().queryParam("variant", "audio").queryParam("expires", expired)
                .queryParam("signature", signer.sign(id, "audio", expired))
                .get("/api/files/{id}/content", id)
                .then().statusCode(403).body("type", equalTo("urn:memoryvault:problem:invalid-link"));
    }

    @Test
    void shouldKeepOwnersOnlyForTokensWhenTheVariantIsRemembered() {
        link("audio").get("/api/files/{id}/content", id).then().statusCode(200);

        given().auth().oauth2(TestTokens.user("mallory")).get("/api/files/{id}/content?variant=audio", id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.user("alice")).get("/api/files/{id}/content?variant=audio", id)
                .then().statusCode(200).body(equalTo(AUDIO));
    }

    @Test
    void shouldStopServingAFileDeletedThroughTheApiAtOnce() {
        link("audio").get("/api/files/{id}/content", id).then().statusCode(200);

        given().auth().oauth2(TestTokens.user("alice")).delete("/api/files/{id}", id).then().statusCode(204);

        link("audio").get("/api/files/{id}/content", id).then().statusCode(404);
    }

    private RequestSpecification link(String variant) {
        return given().queryParam("variant", variant).queryParam("expires", expires)
                .queryParam("signature", signer.sign(id, variant, expires));
    }

    private Path sidecarOf(String key) {
        return Path.of(config.filesystem().root()).toAbsolutePath().normalize().resolve(".meta").resolve(key);
    }
}
