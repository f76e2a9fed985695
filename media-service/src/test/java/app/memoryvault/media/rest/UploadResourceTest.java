package app.memoryvault.media.rest;

import static org.assertj.core.api.Assertions.assertThat;

import app.memoryvault.events.Topics;
import app.memoryvault.media.model.MediaFile;
import app.memoryvault.media.storage.MediaStorage;
import app.memoryvault.media.upload.TestMedia;
import app.memoryvault.media.upload.Uploads;
import app.memoryvault.testing.kafka.TestTopics;
import app.memoryvault.testing.quarkus.KafkaResource;
import app.memoryvault.testing.quarkus.PostgresResource;
import app.memoryvault.testing.quarkus.S3Resource;
import app.memoryvault.testing.quarkus.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(S3Resource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class UploadResourceTest {

    private static final AtomicInteger USERS = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    MediaStorage storage;

    /** A user of one test, so that rate limits and quotas of tests never meet. */
    static String newUser() {
        return "uploader" + USERS.incrementAndGet();
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(response.body(), e);
        }
    }

    static byte[] sample(String sample, int seed) {
        return switch (sample) {
            case "jpeg", "png", "gif" -> TestMedia.image(sample, seed);
            case "webp" -> TestMedia.ffmpeg("color=c=0x" + Integer.toHexString(0x102030 + seed) + ":s=32x24:d=1",
                    "x.webp", "-frames:v", "1");
            case "wav" -> TestMedia.wav(seed);
            case "mp3" -> TestMedia.tone("libmp3lame", "x.mp3", seed);
            case "vorbis" -> TestMedia.tone("libvorbis", "x.ogg", seed);
            case "opus" -> TestMedia.tone("libopus", "x.ogg", seed);
            case "m4a" -> TestMedia.tone("aac", "x.m4a", seed);
            default -> throw new IllegalArgumentException(sample);
        };
    }

    @ParameterizedTest
    @CsvSource({"image, jpeg, image/jpeg", "image, png, image/png", "image, webp, image/webp", "image, gif, image/gif",
        "audio, mp3, audio/mpeg", "audio, wav, audio/wav", "audio, vorbis, audio/ogg", "audio, opus, audio/ogg",
        "audio, m4a, audio/mp4"})
    void shouldAcceptEveryAllowedTypeAsPendingAndStoreItsBytes(String kind, String sample, String mimeType)
            throws Exception {
        byte[] bytes = sample(sample, 1);
        String user = newUser();

        HttpResponse<String> response = Uploads.upload(TestTokens.user(user), kind, "upload.bin",
                "application/octet-stream", bytes);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode media = json(response);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/api/files/" + media.path("id").asText()));
        assertThat(media.path("kind").asText()).isEqualTo(kind);
        assertThat(media.path("status").asText()).isEqualTo("pending");
        assertThat(media.path("mimeType").asText()).isEqualTo(mimeType);
        assertThat(media.path("size").asLong()).isEqualTo(bytes.length);
        assertThat(media.path("sha256").asText())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        assertThat(media.path("refCount").asInt()).isZero();
        assertThat(media.path("links").isObject()).isTrue();
        UUID id = UUID.fromString(media.path("id").asText());
        MediaFile file = QuarkusTransaction.requiringNew().call(() -> MediaFile.findById(id));
        assertThat(file.ownerId).isEqualTo(TestTokens.subjectOf(user));
        try (InputStream stored = storage.open(file.uploadKey)) {
            assertThat(stored.readAllBytes()).isEqualTo(bytes);
        }
    }

    @Test
    void shouldPublishMediaUploadedForTheWorkers() {
        byte[] bytes = TestMedia.png(2);
        JsonNode media = json(Uploads.upload(TestTokens.user(newUser()), "image", "a.png", "image/png", bytes));
        String id = media.path("id").asText();

        var records = TestTopics.read(Topics.MEDIA_UPLOADED, record -> id.equals(record.key()), 1,
                Duration.ofSeconds(30));

        assertThat(records).hasSize(1);
        JsonNode payload = json(records.getFirst().value()).path("payload");
        assertThat(payload.path("mediaId").asText()).isEqualTo(id);
        assertThat(payload.path("kind").asText()).isEqualTo("image");
        assertThat(payload.path("mimeType").asText()).isEqualTo("image/png");
        assertThat(payload.path("tempStorageKey").asText()).isEqualTo("uploads/" + id);
        assertThat(payload.path("size").asLong()).isEqualTo(bytes.length);
    }

    private static JsonNode json(String value) {
        try {
            return JSON.readTree(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void shouldTrustTheBytesOverTheDeclaredTypeAndName() {
        HttpResponse<String> response = Uploads.upload(TestTokens.user(newUser()), "image", "photo.jpg",
                "image/jpeg", TestMedia.png(3));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(json(response).path("mimeType").asText()).isEqualTo("image/png");
    }

    @Test
    void shouldRefuseHtmlDeclaredAsAnImageNamingWhatWasDetected() {
        HttpResponse<String> response = Uploads.upload(TestTokens.user(newUser()), "image", "cat.png", "image/png",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(response).path("detail").asText()).contains("text/html");
    }

    @Test
    void shouldStoreAGifPolyglotOnlyAsTheImageItsBytesAre() {
        byte[] gif = TestMedia.image("gif", 4);
        byte[] polyglot = Arrays.copyOf(gif, gif.length + 40);
        System.arraycopy("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII), 0,
                polyglot, gif.length, 38);

        HttpResponse<String> response = Uploads.upload(TestTokens.user(newUser()), "image", "x.html", "text/html",
                polyglot);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(json(response).path("mimeType").asText()).isEqualTo("image/gif");
    }

    @Test
    void shouldRefuseAnImageOnTheAudioEndpoint() {
        HttpResponse<String> response = Uploads.upload(TestTokens.user(newUser()), "audio", "song.mp3", "audio/mpeg",
                TestMedia.png(5));

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(json(response).path("detail").asText()).contains("image/png");
    }

    @Test
    void shouldRefuseAnHlsPlaylistNamedMp3() {
        byte[] playlist = "#EXTM3U\n#EXT-X-MEDIA-SEQUENCE:0\n#EXTINF:10.0,\nfile:///etc/passwd\n#EXT-X-ENDLIST\n"
                .getBytes(StandardCharsets.US_ASCII);

        HttpResponse<String> response = Uploads.upload(TestTokens.user(newUser()), "audio", "song.mp3", "audio/mpeg",
                playlist);

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(json(response).path("detail").asText()).contains("mpegurl");
    }

    @Test
    void shouldRefuseAnM4aWithoutAnAudioStream() {
        byte[] videoOnly = TestMedia.ffmpeg("testsrc=size=32x32:duration=1", "x.m4a", "-c:v", "mpeg4", "-f", "mp4",
                "-brand", "M4A ");

        HttpResponse<String> response = Uploads.upload(TestTokens.user(newUser()), "audio", "a.m4a", "audio/mp4",
                videoOnly);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(json(response).path("detail").asText()).contains("no audio stream");
    }

    @Test
    void shouldRefuseARecordingLongerThanFiveMinutes() {
        HttpResponse<String> response = Uploads.upload(TestTokens.user(newUser()), "audio", "a.wav", "audio/wav",
                TestMedia.wav(1, 301));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json(response).path("detail").asText()).contains("301 s");
    }

    @Test
    void shouldRefuseAnEmptyFile() {
        HttpResponse<String> response = Uploads.upload(TestTokens.user(newUser()), "image", "a.png", "image/png",
                new byte[0]);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("errors").get(0).path("field").asText()).isEqualTo("file");
    }

    @Test
    void shouldRefuseAnImageTruncatedInItsHeader() {
        byte[] truncated = Arrays.copyOf(TestMedia.png(6), 20);

        HttpResponse<String> response = Uploads.upload(TestTokens.user(newUser()), "image", "a.png", "image/png",
                truncated);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json(response).path("detail").asText()).contains("header cannot be read");
    }

    @Test
    void shouldCutAnImageOffOneByteAfterTheCap() {
        byte[] tooLarge = new byte[10 * 1024 * 1024 + 1];
        byte[] png = TestMedia.png(7);
        System.arraycopy(png, 0, tooLarge, 0, png.length);

        HttpResponse<String> response = Uploads.upload(TestTokens.user(newUser()), "image", "a.png", "image/png",
                tooLarge);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).path("type").asText()).isEqualTo("urn:memoryvault:problem:file-too-large");
    }

    @Test
    void shouldAnswer413WhileMuchMoreIsStillComing() {
        HttpResponse<String> response = Uploads.upload(TestTokens.user(newUser()), "image", "a.png", "image/png",
                new byte[18 * 1024 * 1024]);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void shouldRefuseABodyPastTheServersLimitBeforeReadingIt() {
        HttpResponse<String> response = Uploads.upload(TestTokens.user(newUser()), "audio", "a.wav", "audio/wav",
                new byte[31 * 1024 * 1024]);

        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void shouldAcceptAFileOfExactlyTheCapIntoTheChecks() {
        byte[] atCap = new byte[10 * 1024 * 1024];

        HttpResponse<String> response = Uploads.upload(TestTokens.user(newUser()), "image", "a.png", "image/png",
                atCap);

        assertThat(response.statusCode()).as("passes the cap, then fails detection").isEqualTo(415);
    }

    @Test
    void shouldRefuseAPixelBombFromItsHeader() {
        HttpResponse<String> response = Uploads.upload(TestTokens.user(newUser()), "image", "a.gif", "image/gif",
                TestMedia.gifBomb(60000, 60000));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json(response).path("detail").asText()).contains("pixels");
    }

    @Test
    void shouldRefuseAGifWithThousandsOfFrames() {
        HttpResponse<String> response = Uploads.upload(TestTokens.user(newUser()), "image", "a.gif", "image/gif",
                TestMedia.gifAnimation(5000));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json(response).path("detail").asText()).contains("more than 500 frames");
    }

    @Test
    void shouldIgnoreAFileNameWithPathAndControlCharacters() {
        HttpResponse<String> response = Uploads.upload(TestTokens.user(newUser()), "image",
                "../../etc/passwd\u0001\u001b[31m.png", "image/png", TestMedia.png(8));

        assertThat(response.statusCode()).isEqualTo(202);
        String id = json(response).path("id").asText();
        MediaFile file = QuarkusTransaction.requiringNew().call(() -> MediaFile.findById(UUID.fromString(id)));
        assertThat(file.uploadKey).isEqualTo("uploads/" + id);
        assertThat(response.body()).doesNotContain("passwd");
    }

    @Test
    void shouldGiveTheSameFileBackForTheSameBytesWithoutASecondCopy() {
        String user = newUser();
        byte[] bytes = TestMedia.png(9);
        JsonNode first = json(Uploads.upload(TestTokens.user(user), "image", "a.png", "image/png", bytes));

        HttpResponse<String> again = Uploads.upload(TestTokens.user(user), "image", "b.png", "image/png", bytes);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).path("id").asText()).isEqualTo(first.path("id").asText());
        long files = QuarkusTransaction.requiringNew().call(() -> MediaFile.count("ownerId", TestTokens.subjectOf(user)));
        assertThat(files).isEqualTo(1);
        io.restassured.RestAssured.given().auth().oauth2(TestTokens.user(user)).get("/api/files/quota")
                .then().body("used", org.hamcrest.Matchers.equalTo(bytes.length));
    }

    @Test
    void shouldKeepTheSameBytesOfTwoUsersApart() {
        byte[] bytes = TestMedia.png(10);
        JsonNode first = json(Uploads.upload(TestTokens.user(newUser()), "image", "a.png", "image/png", bytes));

        HttpResponse<String> other = Uploads.upload(TestTokens.user(newUser()), "image", "a.png", "image/png", bytes);

        assertThat(other.statusCode()).isEqualTo(202);
        assertThat(json(other).path("id").asText()).isNotEqualTo(first.path("id").asText());
    }

    @Test
    void shouldRefuseABodyWithoutAFilePart() {
        HttpResponse<String> response = Uploads.upload(TestTokens.user(newUser()), "image", "a.png", "image/png",
                TestMedia.png(11), "picture");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("errors").get(0).path("field").asText()).isEqualTo("file");
    }

    @Test
    void shouldRequireATokenAndTheUserRole() {
        assertThat(Uploads.upload("not-a-token", "image", "a.png", "image/png", TestMedia.png(12)).statusCode())
                .isEqualTo(401);
        assertThat(Uploads.upload(TestTokens.withRoles("guest", "visitor"), "image", "a.png", "image/png",
                TestMedia.png(12)).statusCode()).isEqualTo(403);
    }
}
