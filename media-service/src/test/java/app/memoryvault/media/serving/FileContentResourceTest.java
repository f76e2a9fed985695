package app.memoryvault.media.serving;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.memoryvault.media.storage.MediaStorage;
import app.memoryvault.testing.quarkus.KafkaResource;
import app.memoryvault.testing.quarkus.PostgresResource;
import app.memoryvault.testing.quarkus.S3Resource;
import app.memoryvault.testing.quarkus.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(S3Resource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class FileContentResourceTest {

    private static final String THUMB = "0123456789abcdefghij";

    @Inject
    MediaStorage storage;

    @Inject
    LinkSigner signer;

    private UUID id;

    @BeforeEach
    void storeAlicesImage() {
        id = StoredVariants.readyImage(storage, TestTokens.subjectOf("alice"),
                Map.of("thumb200", THUMB.getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void shouldServeAVariantToItsOwner() {
        given().auth().oauth2(TestTokens.user("alice"))
                .when().get("/api/files/{id}/content?variant=thumb200", id)
                .then().statusCode(200)
                .contentType("image/jpeg")
                .header("Content-Length", "20")
                .header("Accept-Ranges", "bytes")
                .header("Cache-Control", "public, max-age=31536000, immutable")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "inline; filename=\"" + id + "-thumb200.jpg\"")
                .body(equalTo(THUMB));
    }

    @Test
    void shouldServeOneRange() {
        given().auth().oauth2(TestTokens.user("alice")).header("Range", "bytes=5-9")
                .when().get("/api/files/{id}/content?variant=thumb200", id)
                .then().statusCode(206)
                .header("Content-Range", "bytes 5-9/20")
                .header("Content-Length", "5")
                .body(equalTo("56789"));
    }

    @Test
    void shouldServeASuffixRangeAndAnOpenEndedOne() {
        given().auth().oauth2(TestTokens.user("alice")).header("Range", "bytes=-4")
                .when().get("/api/files/{id}/content?variant=thumb200", id)
                .then().statusCode(206).header("Content-Range", "bytes 16-19/20").body(equalTo("ghij"));
        given().auth().oauth2(TestTokens.user("alice")).header("Range", "bytes=18-")
                .when().get("/api/files/{id}/content?variant=thumb200", id)
                .then().statusCode(206).header("Content-Range", "bytes 18-19/20").body(equalTo("ij"));
    }

    @Test
    void shouldAnswer416ForARangeOutsideTheVariant() {
        given().auth().oauth2(TestTokens.user("alice")).header("Range", "bytes=20-30")
                .when().get("/api/files/{id}/content?variant=thumb200", id)
                .then().statusCode(416)
                .contentType("application/problem+json")
                .header("Content-Range", "bytes */20")
                .body("type", equalTo("urn:memoryvault:problem:range-not-satisfiable"));
    }

    @Test
    void shouldServeTheWholeVariantForSeveralRangesOrAStaleIfRange() {
        given().auth().oauth2(TestTokens.user("alice")).header("Range", "bytes=0-1,5-6")
                .when().get("/api/files/{id}/content?variant=thumb200", id)
                .then().statusCode(200).body(equalTo(THUMB));
        given().auth().oauth2(TestTokens.user("alice")).header("Range", "bytes=0-1").header("If-Range", "\"stale\"")
                .when().get("/api/files/{id}/content?variant=thumb200", id)
                .then().statusCode(200).body(equalTo(THUMB));
    }

    @Test
    void shouldAnswer304WhenTheTagStillMatches() {
        String etag = given().auth().oauth2(TestTokens.user("alice"))
                .when().get("/api/files/{id}/content?variant=thumb200", id)
                .then().statusCode(200).extract().header("ETag");
        assertThat(etag).startsWith("\"").endsWith("\"");

        given().auth().oauth2(TestTokens.user("alice")).header("If-None-Match", "\"other\", " + etag)
                .when().get("/api/files/{id}/content?variant=thumb200", id)
                .then().statusCode(304)
                .header("ETag", etag)
                .body(equalTo(""));
        given().auth().oauth2(TestTokens.user("alice")).header("If-None-Match", "\"other\"")
                .when().get("/api/files/{id}/content?variant=thumb200", id)
                .then().statusCode(200);
    }

    @Test
    void shouldNeverServeTheRawUpload() {
        given().auth().oauth2(TestTokens.user("alice"))
                .when().get("/api/files/{id}/content?variant=upload", id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.user("alice"))
                .when().get("/api/files/{id}/content?variant=uploads/" + id, id)
                .then().statusCode(404);
    }

    @Test
    void shouldAnswer404ForAnUnknownVariant() {
        given().auth().oauth2(TestTokens.user("alice"))
                .when().get("/api/files/{id}/content?variant=thumb400", id)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldRequireTheVariant() {
        given().auth().oauth2(TestTokens.user("alice"))
                .when().get("/api/files/{id}/content", id)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("variant"));
    }

    @Test
    void shouldAnswer404ForAnotherUsersFile() {
        given().auth().oauth2(TestTokens.user("mallory"))
                .when().get("/api/files/{id}/content?variant=thumb200", id)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldAnswer404ForAFileThatDoesNotExist() {
        given().auth().oauth2(TestTokens.user("alice"))
                .when().get("/api/files/{id}/content?variant=thumb200", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldAnswer404ForADeletedFileEvenWithASignedLink() {
        long expires = Instant.now().plusSeconds(60).getEpochSecond();
        String signature = signer.sign(id, "thumb200", expires);
        StoredVariants.softDelete(id);

        given().auth().oauth2(TestTokens.user("alice"))
                .when().get("/api/files/{id}/content?variant=thumb200", id)
                .then().statusCode(404);
        signed(id, "thumb200", expires, signature).then().statusCode(404);
    }

    @Test
    void shouldStopServingAFileDeletedThroughTheApiAtOnce() {
        long expires = Instant.now().plusSeconds(60).getEpochSecond();
        String signature = signer.sign(id, "thumb200", expires);
        signed(id, "thumb200", expires, signature).then().statusCode(200);

        given().auth().oauth2(TestTokens.user("alice")).when().delete("/api/files/{id}", id).then().statusCode(204);

        signed(id, "thumb200", expires, signature).then().statusCode(404);
    }

    @Test
    void shouldRequireATokenOrASignature() {
        given().when().get("/api/files/{id}/content?variant=thumb200", id)
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.withRoles("guest", "visitor"))
                .when().get("/api/files/{id}/content?variant=thumb200", id)
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void shouldServeASignedLinkWithoutAToken() {
        long expires = Instant.now().plusSeconds(60).getEpochSecond();

        signed(id, "thumb200", expires, signer.sign(id, "thumb200", expires))
                .then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .body(equalTo(THUMB));
    }

    @Test
    void shouldServeARangeOfASignedLink() {
        long expires = Instant.now().plusSeconds(60).getEpochSecond();

        given().header("Range", "bytes=0-2")
                .queryParam("variant", "thumb200").queryParam("expires", expires)
                .queryParam("signature", signer.sign(id, "thumb200", expires))
                .when().get("/api/files/{id}/content", id)
                .then().statusCode(206).body(equalTo("012"));
    }

    @Test
    void shouldRefuseATamperedLink() {
        long expires = Instant.now().plusSeconds(60).getEpochSecond();
        String signature = signer.sign(id, "thumb200", expires);
        UUID bobsFile = StoredVariants.readyImage(storage, TestTokens.subjectOf("bob"), Map.of("thumb200", new byte[] {1}));

        assertInvalidLink(signed(bobsFile, "thumb200", expires, signature));
        assertInvalidLink(signed(id, "display", expires, signature));
        assertInvalidLink(signed(id, "thumb200", expires + 3600, signature));
        assertInvalidLink(signed(id, "thumb200", expires, signature.substring(1) + "A"));
        assertInvalidLink(signed(id, "thumb200", expires, null));
        assertInvalidLink(given().queryParam("variant", "thumb200").queryParam("expires", "soon")
                .queryParam("signature", signature).get("/api/files/{id}/content", id));
    }

    @Test
    void shouldRefuseAnExpiredLink() {
        long expired = Instant.now().minusSeconds(1).getEpochSecond();

        Response response = signed(id, "thumb200", expired, signer.sign(id, "thumb200", expired));

        assertInvalidLink(response);
        assertThat(response.jsonPath().getString("detail")).contains("expired");
    }

    private static Response signed(UUID file, String variant, long expires, String signature) {
        var request = given().queryParam("variant", variant).queryParam("expires", expires);
        if (signature != null) {
            request.queryParam("signature", signature);
        }
        return request.when().get("/api/files/{id}/content", file);
    }

    private static void assertInvalidLink(Response response) {
        response.then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:memoryvault:problem:invalid-link"));
    }
}
