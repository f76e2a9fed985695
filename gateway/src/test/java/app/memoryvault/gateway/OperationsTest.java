package app.memoryvault.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;

import app.memoryvault.gateway.upstreams.EchoUpstreams;
import app.memoryvault.testing.quarkus.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(EchoUpstreams.class)
class OperationsTest {

    @Test
    void shouldReportLiveAndReady() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("identity provider"));
    }

    @Test
    void shouldShowAnAdminTheHealthOfEveryService() {
        given().auth().oauth2(TestTokens.withRoles("root", "user", "admin"))
                .when().get("/api/admin/health")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("services.card-service.status", equalTo("UP"))
                .body("services.media-service.checks.name", hasItem("echo"))
                .body("services.review-service.status", equalTo("UP"));
    }

    @Test
    void shouldNotShowTheSuiteHealthToAUserOrAnonymousCaller() {
        given().auth().oauth2(TestTokens.user("alice")).when().get("/api/admin/health")
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get("/api/admin/health")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void shouldExposePrometheusMetrics() {
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void shouldDescribeItsOwnApi() {
        given().queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("MemoryVault gateway"))
                .body("paths", hasKey("/api/me"));
    }
}
