package app.memoryvault.media.serving;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.memoryvault.media.model.MediaFile;
import app.memoryvault.media.storage.MediaStorage;
import app.memoryvault.testing.quarkus.KafkaResource;
import app.memoryvault.testing.quarkus.PostgresResource;
import app.memoryvault.testing.quarkus.S3Resource;
import app.memoryvault.testing.quarkus.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Links as GET /api/files/{id} hands them out, with the S3 store the tests run on, and the links media-service serves. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(S3Resource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class MediaLinksTest {

    @Inject
    MediaLinks links;

    @Inject
    MediaStorage storage;

    @Test
    void shouldLinkEveryVariantWithAPresignedS3UrlThatWorksWithoutCredentials() throws Exception {
        UUID id = StoredVariants.readyImage(storage, TestTokens.subjectOf("alice"),
                Map.of("thumb200", "small".getBytes(), "display", "large".getBytes()));

        Map<String, URI> linked = links.linksTo(file(id));

        assertThat(linked).containsOnlyKeys("thumb200", "display");
        HttpResponse<String> thumb = get(linked.get("thumb200"));
        assertThat(thumb.statusCode()).isEqualTo(200);
        assertThat(thumb.body()).isEqualTo("small");
        assertThat(thumb.headers().firstValue("Content-Type")).contains("image/jpeg");
        assertThat(thumb.headers().firstValue("Content-Disposition")).contains("inline; filename=\"" + id + "-thumb200\"");
        assertThat(get(linked.get("display")).body()).isEqualTo("large");
        assertThat(linked.get("thumb200").getQuery()).contains("X-Amz-Expires=900");
    }

    @Test
    void shouldNotLinkTheUploadOfAFileWithoutVariants() {
        MediaFile pending = file(StoredVariants.readyImage(storage, TestTokens.subjectOf("alice"), Map.of()));

        assertThat(pending.uploadKey).isNotNull();
        assertThat(links.linksTo(pending)).isEmpty();
    }

    @Test
    void shouldNotLinkADeletedFile() {
        UUID id = StoredVariants.readyImage(storage, TestTokens.subjectOf("alice"), Map.of("thumb200", "x".getBytes()));
        StoredVariants.softDelete(id);

        assertThat(links.linksTo(file(id))).isEmpty();
    }

    @Test
    void shouldServeTheHmacLinkItSigns() {
        UUID id = StoredVariants.readyImage(storage, TestTokens.subjectOf("alice"), Map.of("thumb400", "served".getBytes()));

        URI link = links.served(id, "thumb400", Instant.now().plusSeconds(60).getEpochSecond());

        assertThat(link.toString()).startsWith("/api/files/" + id + "/content?variant=thumb400&expires=");
        given().urlEncodingEnabled(false).when().get(link.toString())
                .then().statusCode(200).body(equalTo("served"));
    }

    private static MediaFile file(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> MediaFile.<MediaFile>findById(id));
    }

    private static HttpResponse<String> get(URI uri) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
