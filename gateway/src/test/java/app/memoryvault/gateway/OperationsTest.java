package app.memoryvault.gateway;

import static app.memoryvault.gateway.Management.management;
import static app.memoryvault.gateway.Management.managementPort;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;

import app.memoryvault.gateway.upstreams.EchoUpstreams;
import app.memoryvault.testing.quarkus.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What operators use: health and metrics on the management port only (never on the public one the Ingress reaches),
 * the API documents on the public port, and the admins' view of every service's health.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(EchoUpstreams.class)
class OperationsTest {

    private static final List<String> OPERATIONS_PATHS = List.of(
            "/q/health", "/q/health/live", "/q/health/ready", "/q/health/started", "/q/metrics");

    @Test
    void shouldReportLiveAndReadyOnTheManagementPort() {
        management().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        management().when().get("/q/health/ready").then().statusCode(200)
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
    void shouldExposePrometheusMetricsOnTheManagementPort() {
        management().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void shouldServeHealthAndMetricsOnlyOnTheManagementPort() {
        assertThat(managementPort()).isNotEqualTo(RestAssured.port);
        for (String path : OPERATIONS_PATHS) {
            given().when().get(path).then().statusCode(404);
            management().when().get(path).then().statusCode(200);
        }
    }

    @Test
    void shouldKeepTheApiDocsOnThePublicPortOnly() {
        given().when().get("/q/swagger-ui/index.html").then().statusCode(200)
                .body(containsString("/q/openapi/card-service"));
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200);
        management().when().get("/q/swagger-ui/index.html").then().statusCode(404);
        management().queryParam("format", "json").when().get("/q/openapi").then().statusCode(404);
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
