package app.memoryvault.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import app.memoryvault.gateway.upstreams.Echo;
import app.memoryvault.gateway.upstreams.EchoUpstreams;
import app.memoryvault.gateway.upstreams.Upstreams;
import app.memoryvault.testing.quarkus.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.UUID;
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
    void shouldAddQuotaAndSettingsFetchedWithTheCallersToken() {
        String token = TestTokens.user("alice");
        String requestId = UUID.randomUUID().toString();

        given().auth().oauth2(token).header("X-Request-Id", requestId)
                .when().get("/api/me")
                .then().statusCode(200)
                .body("quota.used", equalTo(1234))
                .body("quota.limit", equalTo(5678))
                .body("settings.upstream", equalTo("review"))
                .body("settings.method", equalTo("GET"))
                .body("settings.path", equalTo("/api/review/settings"))
                .body("settings.headers.authorization[0]", equalTo("Bearer " + token))
                .body("unavailable", empty());

        assertThat(Upstreams.of("media").timesSeen(requestId)).isEqualTo(1);
    }

    @Test
    void shouldRouteTheQuotaOfAUserToMediaServiceForAnAdmin() {
        Echo echo = given().auth().oauth2(TestTokens.withRoles("root", "user", "admin"))
                .contentType("application/json").body("{\"limitBytes\":1048576}")
                .when().put("/api/admin/users/sub-alice/quota")
                .then().statusCode(200)
                .extract().as(Echo.class);

        assertThat(echo.upstream()).isEqualTo("media");
        assertThat(echo.method()).isEqualTo("PUT");
        assertThat(echo.uri()).isEqualTo("/api/admin/users/sub-alice/quota");
        assertThat(echo.bodyLength()).isEqualTo(22);
    }

    @Test
    void shouldNotLetAUserSetAQuota() {
        String requestId = UUID.randomUUID().toString();

        given().auth().oauth2(TestTokens.user("alice")).header("X-Request-Id", requestId)
                .contentType("application/json").body("{\"limitBytes\":999999999999}")
                .when().put("/api/admin/users/sub-alice/quota")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:memoryvault:problem:forbidden"));

        assertThat(Upstreams.of("media").timesSeen(requestId)).isZero();
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
