package app.memoryvault.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import app.memoryvault.gateway.upstreams.EchoUpstreams;
import app.memoryvault.testing.quarkus.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(EchoUpstreams.class)
class MeResourceTest {

    @Test
    void shouldDescribeTheCallerFromTheirToken() {
        given().auth().oauth2(TestTokens.withRoles("alice", "user", "admin"))
                .when().get("/api/me")
                .then().statusCode(200)
                .header("X-Request-Id", notNullValue())
                .body("id", equalTo(TestTokens.subjectOf("alice")))
                .body("name", equalTo("alice"))
                .body("roles", hasItem("user"))
                .body("roles", hasItem("admin"));
    }

    @Test
    void shouldRejectAnAnonymousCaller() {
        given().when().get("/api/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:memoryvault:problem:unauthenticated"));
    }

    @Test
    void shouldRejectACallerWithoutTheUserRole() {
        given().auth().oauth2(TestTokens.withRoles("mallory", "guest"))
                .when().get("/api/me")
                .then().statusCode(403)
                .contentType("application/problem+json");
    }
}
