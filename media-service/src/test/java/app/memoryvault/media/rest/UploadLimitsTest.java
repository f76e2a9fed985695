package app.memoryvault.media.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.memoryvault.media.model.MediaFile;
import app.memoryvault.media.upload.TestMedia;
import app.memoryvault.media.upload.Uploads;
import app.memoryvault.testing.quarkus.KafkaResource;
import app.memoryvault.testing.quarkus.PostgresResource;
import app.memoryvault.testing.quarkus.S3Resource;
import app.memoryvault.testing.quarkus.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(S3Resource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class UploadLimitsTest {

    private static void setLimit(String user, long limitBytes) {
        given().auth().oauth2(TestTokens.withRoles("root", "admin"))
                .contentType(ContentType.JSON)
                .body("{\"limitBytes\": " + limitBytes + "}")
                .when().put("/api/admin/users/{id}/quota", TestTokens.subjectOf(user))
                .then().statusCode(200)
                .body("limit", equalTo((int) limitBytes));
    }

    @Test
    void shouldNeverLetConcurrentUploadsPassTheQuota() throws Exception {
        String user = UploadResourceTest.newUser();
        List<byte[]> files = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            files.add(TestMedia.wav(i));
        }
        long size = files.getFirst().length;
        setLimit(user, 3 * size + size / 2);
        String token = TestTokens.user(user);

        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (byte[] file : files) {
                answers.add(pool.submit(() -> Uploads.upload(token, "audio", "a.wav", "audio/wav", file)));
            }
            for (Future<HttpResponse<String>> answer : answers) {
                statuses.add(answer.get().statusCode());
            }
        }

        assertThat(statuses).filteredOn(status -> status == 202).hasSize(3);
        assertThat(statuses).filteredOn(status -> status == 413).hasSize(5);
        long stored = QuarkusTransaction.requiringNew().call(() ->
                MediaFile.count("ownerId", TestTokens.subjectOf(user)));
        assertThat(stored).isEqualTo(3);
        given().auth().oauth2(token).get("/api/files/quota").then().body("used", equalTo((int) (3 * size)));
    }

    @Test
    void shouldAnswerOverQuotaWithUsedAndLimit() {
        String user = UploadResourceTest.newUser();
        byte[] png = TestMedia.png(20);
        setLimit(user, png.length - 1);

        HttpResponse<String> response = Uploads.upload(TestTokens.user(user), "image", "a.png", "image/png", png);

        assertThat(response.statusCode()).isEqualTo(413);
        JsonNode problem = UploadResourceTest.json(response);
        assertThat(problem.path("type").asText()).isEqualTo("urn:memoryvault:problem:quota-exceeded");
        assertThat(problem.path("used").asLong()).isZero();
        assertThat(problem.path("limit").asLong()).isEqualTo(png.length - 1);
    }

    @Test
    void shouldLimitUploadsPerUserWithRetryAfter() {
        String user = UploadResourceTest.newUser();
        String token = TestTokens.user(user);
        byte[] notAnImage = "plain text".getBytes();
        for (int i = 0; i < 20; i++) {
            assertThat(Uploads.upload(token, "image", "a.txt", "text/plain", notAnImage).statusCode()).isEqualTo(415);
        }

        HttpResponse<String> limited = Uploads.upload(token, "image", "a.png", "image/png", TestMedia.png(21));

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        assertThat(Uploads.upload(TestTokens.user(UploadResourceTest.newUser()), "image", "a.png", "image/png",
                TestMedia.png(21)).statusCode()).as("another user has a bucket of their own").isEqualTo(202);
    }

    @Test
    void shouldLetOnlyAnAdminSetAQuota() {
        given().auth().oauth2(TestTokens.user("nosy"))
                .contentType(ContentType.JSON).body("{\"limitBytes\": 5}")
                .when().put("/api/admin/users/{id}/quota", TestTokens.subjectOf("nosy"))
                .then().statusCode(403);
    }

    @Test
    void shouldRefuseANegativeOrMissingLimit() {
        given().auth().oauth2(TestTokens.withRoles("root", "admin"))
                .contentType(ContentType.JSON).body("{\"limitBytes\": -1}")
                .when().put("/api/admin/users/{id}/quota", "sub-someone")
                .then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.withRoles("root", "admin"))
                .contentType(ContentType.JSON).body("{}")
                .when().put("/api/admin/users/{id}/quota", "sub-someone")
                .then().statusCode(400);
    }

    @Test
    void shouldKeepWhatAUserStoresWhenTheLimitDrops() {
        String user = UploadResourceTest.newUser();
        byte[] png = TestMedia.png(22);
        assertThat(Uploads.upload(TestTokens.user(user), "image", "a.png", "image/png", png).statusCode())
                .isEqualTo(202);

        setLimit(user, 10);

        given().auth().oauth2(TestTokens.user(user)).get("/api/files/quota")
                .then().body("used", equalTo(png.length)).body("limit", equalTo(10)).body("available", equalTo(0));
    }
}
