package app.memoryvault.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.memoryvault.gateway.upstreams.Echo;
import app.memoryvault.gateway.upstreams.EchoUpstream;
import app.memoryvault.gateway.upstreams.EchoUpstreams;
import app.memoryvault.gateway.upstreams.Upstreams;
import app.memoryvault.testing.quarkus.TestTokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Bodies pass the gateway as streams: the far side gets the first bytes before the near side has sent the last, so
 * the gateway never holds a whole body (25 MB, the largest upload, in both directions).
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(EchoUpstreams.class)
class StreamingTest {

    private static final int MB = 1024 * 1024;
    private static final int LARGE = 25 * MB;

    private final HttpClient client = HttpClient.newHttpClient();
    private final String token = TestTokens.user("alice");

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void shouldForwardALargeUploadIntact() throws Exception {
        byte[] file = new byte[LARGE];
        new Random(7).nextBytes(file);

        Echo echo = given().auth().oauth2(token).contentType("application/octet-stream").body(file)
                .when().post("/api/upload/audio")
                .then().statusCode(200)
                .extract().as(Echo.class);

        assertThat(echo.bodyLength()).isEqualTo(LARGE);
        assertThat(echo.bodySha256()).isEqualTo(sha256(file));
    }

    @ParameterizedTest
    @EnumSource(HttpClient.Version.class)
    void shouldStreamAnUploadOfUnknownLengthToTheServiceWhileTheCallerIsStillSending(HttpClient.Version version)
            throws Exception {
        String requestId = UUID.randomUUID().toString();
        Upstreams media = Upstreams.of("media");
        MessageDigest sent = MessageDigest.getInstance("SHA-256");
        InputStream upload = new GeneratedStream(LARGE, MB, sent, () -> awaitUpstreamBytes(media, requestId));

        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/api/upload/audio")).version(version)
                        .header("Authorization", "Bearer " + token)
                        .header("X-Request-Id", requestId)
                        .header("Content-Type", "application/octet-stream")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> upload))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.version()).isEqualTo(version);
        assertThat(response.statusCode()).isEqualTo(200);
        Echo echo = new ObjectMapper().readValue(response.body(), Echo.class);
        assertThat(echo.bodyLength()).isEqualTo(LARGE);
        assertThat(echo.bodySha256()).isEqualTo(HexFormat.of().formatHex(sent.digest()));
    }

    @Test
    void shouldGiveAnAllowedCallerTheGoAheadForItsBody() throws Exception {
        byte[] file = new byte[2 * MB];
        new Random(3).nextBytes(file);

        HttpResponse<String> response = client.send(expectingContinue(file).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        Echo echo = new ObjectMapper().readValue(response.body(), Echo.class);
        assertThat(echo.bodySha256()).isEqualTo(sha256(file));
        assertThat(echo.headers()).doesNotContainKey("expect");
    }

    @Test
    void shouldRefuseAnAnonymousCallerBeforeItSendsItsBody() throws Exception {
        String requestId = UUID.randomUUID().toString();

        HttpResponse<String> response = client.send(expectingContinue(new byte[2 * MB]).header("X-Request-Id", requestId).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(Upstreams.of("media").timesSeen(requestId)).isZero();
    }

    private HttpRequest.Builder expectingContinue(byte[] body) {
        return HttpRequest.newBuilder(uri("/api/upload/image"))
                .version(HttpClient.Version.HTTP_1_1)
                .expectContinue(true)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .timeout(Duration.ofSeconds(10));
    }

    @Test
    void shouldStreamADownloadToTheCallerWhileTheServiceIsStillSending() throws Exception {
        String requestId = UUID.randomUUID().toString();
        HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(uri("/api/files/f1/download?size=" + LARGE))
                        .header("Authorization", "Bearer " + token)
                        .header("X-Request-Id", requestId)
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);

        MessageDigest received = MessageDigest.getInstance("SHA-256");
        try (InputStream body = response.body()) {
            // The service holds back everything after its first chunk until we have read that chunk through the gateway.
            received.update(body.readNBytes(64 * 1024));
            Upstreams.of("media").releaseDownload(requestId);
            long rest = 0;
            byte[] buffer = new byte[64 * 1024];
            for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                received.update(buffer, 0, read);
                rest += read;
            }
            assertThat(rest).isEqualTo(LARGE - 64 * 1024);
        }
        MessageDigest expected = MessageDigest.getInstance("SHA-256");
        for (long offset = 0; offset < LARGE; offset += MB) {
            expected.update(EchoUpstream.downloadBytes(offset, MB));
        }
        assertThat(received.digest()).isEqualTo(expected.digest());
    }

    private static void awaitUpstreamBytes(Upstreams media, String requestId) {
        Instant deadline = Instant.now().plusSeconds(10);
        while (media.bytesReceived(requestId) == 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the service got nothing of the upload while the caller was still sending it");
            }
            sleep(20);
        }
    }

    private URI uri(String path) {
        return URI.create(gateway.toString().replaceFirst("/$", "") + path);
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Random bytes of a given size that stop once at {@code gateAt} until {@code gate} returns, hashing what they give. */
    private static final class GeneratedStream extends InputStream {

        private final Random random = new Random(11);
        private final long size;
        private final long gateAt;
        private final MessageDigest digest;
        private final Runnable gate;
        private long position;

        GeneratedStream(long size, long gateAt, MessageDigest digest, Runnable gate) {
            this.size = size;
            this.gateAt = gateAt;
            this.digest = digest;
            this.gate = gate;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position == gateAt) {
                gate.run();
            }
            if (position >= size) {
                return -1;
            }
            long limit = position < gateAt ? gateAt : size;
            int count = (int) Math.min(length, limit - position);
            byte[] chunk = new byte[count];
            random.nextBytes(chunk);
            System.arraycopy(chunk, 0, buffer, offset, count);
            digest.update(chunk);
            position += count;
            return count;
        }
    }
}
