package app.memoryvault.media.storage;

import static org.assertj.core.api.Assertions.assertThat;

import app.memoryvault.testing.infra.S3Server;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** The contract against a real S3 server that checks signatures, plus what only S3 does: prefixes and presigning. */
class S3MediaStorageTest extends MediaStorageContract {

    private static final String BUCKET = "contract-test";
    private static final String PREFIX = "tenant-a/";

    private static S3Server server;
    private static S3Client s3;
    private static S3Presigner presigner;
    private static S3MediaStorage storage;

    @BeforeAll
    static void startServer() {
        server = S3Server.startTemporary();
        server.createBucket(BUCKET);
        var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create(S3Server.ACCESS_KEY, S3Server.SECRET_KEY));
        s3 = S3Client.builder()
                .endpointOverride(server.endpoint())
                .region(Region.of(S3Server.REGION))
                .credentialsProvider(credentials)
                .forcePathStyle(true)
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
        presigner = S3Presigner.builder()
                .endpointOverride(server.endpoint())
                .region(Region.of(S3Server.REGION))
                .credentialsProvider(credentials)
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
                .build();
        storage = new S3MediaStorage(s3, presigner, BUCKET, Optional.of("tenant-a"));
    }

    @AfterAll
    static void stopServer() {
        presigner.close();
        s3.close();
        server.close();
    }

    @Override
    MediaStorage storage() {
        return storage;
    }

    @Test
    void shouldKeepObjectsUnderThePrefix() throws IOException {
        String key = StorageKeys.variant(UUID.randomUUID(), "display");
        storage.put(key, file("prefixed"), "image/jpeg");

        assertThat(s3.headObject(head -> head.bucket(BUCKET).key(PREFIX + key)).contentLength()).isEqualTo(8);
    }

    @Test
    void shouldPresignAGetThatWorksWithoutCredentials() throws Exception {
        String key = StorageKeys.variant(UUID.randomUUID(), "thumb200");
        storage.put(key, file("presigned bytes"), "image/jpeg");

        URI link = storage.presignedGet(key, Duration.ofMinutes(5), "inline; filename=\"x-thumb200.jpg\"").orElseThrow();
        HttpResponse<String> response = get(link);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("presigned bytes");
        assertThat(response.headers().firstValue("Content-Type")).contains("image/jpeg");
        assertThat(response.headers().firstValue("Content-Disposition")).contains("inline; filename=\"x-thumb200.jpg\"");
        assertThat(storage.localFile(key)).isEmpty();
    }

    @Test
    void shouldPresignForThePublicEndpointWhenBrowsersReachTheStoreElsewhere() throws Exception {
        String key = StorageKeys.variant(UUID.randomUUID(), "thumb400");
        storage.put(key, file("public bytes"), "image/jpeg");
        URI publicEndpoint = URI.create("http://localhost:" + server.endpoint().getPort());

        try (S3Presigner publicPresigner = PublicEndpointPresigner.of(s3, publicEndpoint)) {
            var publicStorage = new S3MediaStorage(s3, publicPresigner, BUCKET, Optional.of("tenant-a"));
            URI link = publicStorage.presignedGet(key, Duration.ofMinutes(5), "inline").orElseThrow();
            HttpResponse<String> response = get(link);

            assertThat(link.getHost()).isEqualTo("localhost");
            assertThat(server.endpoint().getHost()).isNotEqualTo("localhost");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("public bytes");
        }
    }

    @Test
    void shouldRefuseATamperedPresignedGet() throws Exception {
        String key = StorageKeys.variant(UUID.randomUUID(), "thumb200");
        String other = StorageKeys.variant(UUID.randomUUID(), "thumb200");
        storage.put(key, file("mine"), "image/jpeg");
        storage.put(other, file("someone else's"), "image/jpeg");

        URI link = storage.presignedGet(key, Duration.ofMinutes(5), "inline").orElseThrow();
        URI tampered = URI.create(link.toString().replace(key, other));

        assertThat(get(tampered).statusCode()).isEqualTo(403);
    }

    @Test
    void shouldRefuseAnExpiredPresignedGet() throws Exception {
        String key = StorageKeys.variant(UUID.randomUUID(), "thumb200");
        storage.put(key, file("short-lived"), "image/jpeg");

        URI link = storage.presignedGet(key, Duration.ofSeconds(1), "inline").orElseThrow();
        Thread.sleep(2100);

        assertThat(get(link).statusCode()).isEqualTo(403);
    }

    private static HttpResponse<String> get(URI uri) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
