package app.memoryvault.media.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import app.memoryvault.media.model.MediaFile;
import app.memoryvault.media.service.FileCollector;
import app.memoryvault.media.storage.MediaStorage;
import app.memoryvault.media.storage.StoredObjectNotFoundException;
import app.memoryvault.media.upload.TestMedia;
import app.memoryvault.media.upload.Uploads;
import app.memoryvault.testing.quarkus.KafkaResource;
import app.memoryvault.testing.quarkus.PostgresResource;
import app.memoryvault.testing.quarkus.S3Resource;
import app.memoryvault.testing.quarkus.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(S3Resource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class FileResourceTest {

    @Inject
    MediaStorage storage;

    @Inject
    FileCollector collector;

    @Test
    void shouldPageTheUsersFilesNewestFirstWithFilters() {
        String user = UploadResourceTest.newUser();
        String owner = TestTokens.subjectOf(user);
        Instant now = Instant.now();
        MediaFile oldest = MediaFiles.create(owner, "image", "ready", now.minusSeconds(30));
        MediaFile audio = MediaFiles.create(owner, "audio", "pending", now.minusSeconds(20));
        MediaFile failed = MediaFiles.create(owner, "image", "failed", now.minusSeconds(10));
        MediaFile newest = MediaFiles.create(owner, "image", "pending", now);
        MediaFiles.create(TestTokens.subjectOf("someone-else"), "image", "pending", now);

        String next = given().auth().oauth2(TestTokens.user(user))
                .when().get("/api/files?limit=3")
                .then().statusCode(200)
                .body("items.id", contains(newest.id.toString(), failed.id.toString(), audio.id.toString()))
                .extract().path("next");
        given().auth().oauth2(TestTokens.user(user))
                .when().get("/api/files?limit=3&cursor=" + next)
                .then().statusCode(200)
                .body("items.id", contains(oldest.id.toString()))
                .body("next", nullValue());
        given().auth().oauth2(TestTokens.user(user))
                .when().get("/api/files?kind=image&status=pending")
                .then().statusCode(200)
                .body("items.id", contains(newest.id.toString()));
        given().auth().oauth2(TestTokens.user(user))
                .when().get("/api/files?kind=audio")
                .then().body("items", hasSize(1)).body("items[0].kind", equalTo("audio"));
    }

    @Test
    void shouldRefuseInvalidListParameters() {
        String token = TestTokens.user(UploadResourceTest.newUser());
        given().auth().oauth2(token).when().get("/api/files?kind=video").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(token).when().get("/api/files?status=deleted").then().statusCode(400);
        given().auth().oauth2(token).when().get("/api/files?limit=0").then().statusCode(400);
        given().auth().oauth2(token).when().get("/api/files?limit=101").then().statusCode(400);
        given().auth().oauth2(token).when().get("/api/files?cursor=not-ours").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void shouldShowAFilesMetadata() {
        String user = UploadResourceTest.newUser();
        String id = UploadResourceTest.json(Uploads.upload(TestTokens.user(user), "image", "a.png", "image/png",
                TestMedia.png(30))).path("id").asText();

        given().auth().oauth2(TestTokens.user(user))
                .when().get("/api/files/{id}", id)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("kind", equalTo("image"))
                .body("status", equalTo("pending"))
                .body("width", equalTo(64))
                .body("height", equalTo(48))
                .body("refCount", equalTo(0))
                .body("sha256", equalTo(MediaFiles.reload(UUID.fromString(id)).sha256));
    }

    @Test
    void shouldLinkEveryProcessedVariant() {
        String owner = TestTokens.subjectOf("linked");
        MediaFile file = MediaFiles.create(owner, "image", "ready", Instant.now());
        QuarkusTransaction.requiringNew().run(() -> {
            MediaFile stored = MediaFile.findById(file.id);
            stored.variantKeys.put("thumb200", "media/" + file.id + "/thumb200");
            stored.variantKeys.put("display", "media/" + file.id + "/display");
        });

        given().auth().oauth2(TestTokens.user("linked"))
                .when().get("/api/files/{id}", file.id)
                .then().statusCode(200)
                .body("links.thumb200", containsString(file.id.toString()))
                .body("links.display", containsString(file.id.toString()));
    }

    @Test
    void shouldHideAnotherUsersFileOnEveryRoute() {
        MediaFile theirs = MediaFiles.create(TestTokens.subjectOf("victim"));
        String token = TestTokens.user("intruder");

        given().auth().oauth2(token).when().get("/api/files/{id}", theirs.id).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(token).when().delete("/api/files/{id}", theirs.id).then().statusCode(404);
        given().auth().oauth2(token).when().get("/api/files").then().body("items", hasSize(0));
        assertThat(MediaFiles.reload(theirs.id).deletedAt).isNull();
    }

    @Test
    void shouldAnswer404ForAnUnknownOrMalformedId() {
        String token = TestTokens.user(UploadResourceTest.newUser());
        given().auth().oauth2(token).when().get("/api/files/{id}", UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(token).when().get("/api/files/{id}", "not-a-uuid").then().statusCode(404);
    }

    @Test
    void shouldRefuseToDeleteAReferencedFileWithTheCount() {
        String user = UploadResourceTest.newUser();
        MediaFile file = MediaFiles.create(TestTokens.subjectOf(user));
        QuarkusTransaction.requiringNew().run(() -> MediaFile.update("refCount = 2 where id = ?1", file.id));

        given().auth().oauth2(TestTokens.user(user))
                .when().delete("/api/files/{id}", file.id)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:memoryvault:problem:media-in-use"))
                .body("detail", containsString("2 cards"));
        assertThat(MediaFiles.reload(file.id).deletedAt).isNull();
    }

    @Test
    void shouldSoftDeleteThenCollectObjectsAndQuotaAfterTheGracePeriod() throws Exception {
        String user = UploadResourceTest.newUser();
        String token = TestTokens.user(user);
        byte[] png = TestMedia.png(31);
        String id = UploadResourceTest.json(Uploads.upload(token, "image", "a.png", "image/png", png))
                .path("id").asText();
        String key = MediaFiles.reload(UUID.fromString(id)).uploadKey;

        given().auth().oauth2(token).when().delete("/api/files/{id}", id).then().statusCode(204);

        given().auth().oauth2(token).when().get("/api/files/{id}", id).then().statusCode(404);
        given().auth().oauth2(token).when().get("/api/files/quota").then().body("used", equalTo(png.length));
        storage.open(key).close();

        collector.collect(Instant.now());
        storage.open(key).close();

        collector.collect(Instant.now().plus(Duration.ofDays(2)));
        assertThat(MediaFiles.reload(UUID.fromString(id)).removedAt).isNotNull();
        given().auth().oauth2(token).when().get("/api/files/quota").then().body("used", equalTo(0));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> storage.open(key))
                .isInstanceOf(StoredObjectNotFoundException.class);

        collector.collect(Instant.now().plus(Duration.ofDays(2)));
        given().auth().oauth2(token).when().get("/api/files/quota").then().body("used", equalTo(0));
        assertThat(Uploads.upload(token, "image", "a.png", "image/png", png).statusCode())
                .as("the same bytes again are a new file").isEqualTo(202);
    }
}
