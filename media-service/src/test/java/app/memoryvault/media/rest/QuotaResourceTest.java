package app.memoryvault.media.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import app.memoryvault.media.model.UserQuota;
import app.memoryvault.testing.quarkus.KafkaResource;
import app.memoryvault.testing.quarkus.PostgresResource;
import app.memoryvault.testing.quarkus.S3Resource;
import app.memoryvault.testing.quarkus.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(S3Resource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class QuotaResourceTest {

    private static final long ONE_GIB = 1L << 30;

    @BeforeEach
    void giveCarolAQuota() {
        QuarkusTransaction.requiringNew().run(() -> {
            UserQuota.deleteAll();
            UserQuota quota = new UserQuota();
            quota.ownerId = TestTokens.subjectOf("carol");
            quota.usedBytes = 300;
            quota.limitBytes = 1000;
            quota.updatedAt = Instant.now();
            quota.persist();
        });
    }

    @Test
    void shouldGiveANewUserTheDefaultQuota() {
        given().auth().oauth2(TestTokens.user("dave"))
                .when().get("/api/files/quota")
                .then().statusCode(200)
                .body("used", equalTo(0))
                .body("limit", equalTo((int) ONE_GIB))
                .body("available", equalTo((int) ONE_GIB));
    }

    @Test
    void shouldShowTheCallersOwnUsage() {
        given().auth().oauth2(TestTokens.user("carol"))
                .when().get("/api/files/quota")
                .then().statusCode(200)
                .body("used", equalTo(300))
                .body("limit", equalTo(1000))
                .body("available", equalTo(700));
    }

    @Test
    void shouldNeverShowAnotherUsersUsage() {
        given().auth().oauth2(TestTokens.user("mallory"))
                .when().get("/api/files/quota")
                .then().statusCode(200)
                .body("used", equalTo(0));
    }

    @Test
    void shouldRequireAToken() {
        given().when().get("/api/files/quota")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRequireTheUserRole() {
        given().auth().oauth2(TestTokens.withRoles("guest", "visitor"))
                .when().get("/api/files/quota")
                .then().statusCode(403)
                .contentType("application/problem+json");
    }
}
