package app.memoryvault.gateway.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import app.memoryvault.gateway.upstreams.EchoUpstreams;
import app.memoryvault.gateway.upstreams.Upstreams;
import app.memoryvault.testing.quarkus.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The gateway turns away callers without a user token itself: the services never see their requests. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(EchoUpstreams.class)
class ApiAccessTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Test
    void shouldRejectARequestWithoutTokenBeforeItReachesTheService() {
        String requestId = UUID.randomUUID().toString();

        given().header("X-Request-Id", requestId)
                .when().get("/api/decks")
                .then().statusCode(401)
                .contentType(PROBLEM_JSON)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .header("X-Request-Id", requestId)
                .body("type", equalTo("urn:memoryvault:problem:unauthenticated"))
                .body("instance", equalTo("/api/decks"));

        assertThat(Upstreams.of("card").timesSeen(requestId)).isZero();
    }

    @Test
    void shouldRejectAForgedToken() {
        String requestId = UUID.randomUUID().toString();

        given().auth().oauth2("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.").header("X-Request-Id", requestId)
                .when().get("/api/review/due")
                .then().statusCode(401)
                .contentType(PROBLEM_JSON)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("urn:memoryvault:problem:unauthenticated"));

        assertThat(Upstreams.of("review").timesSeen(requestId)).isZero();
    }

    @Test
    void shouldRejectACallerWithoutTheUserRole() {
        String requestId = UUID.randomUUID().toString();

        given().auth().oauth2(TestTokens.withRoles("mallory", "guest")).header("X-Request-Id", requestId)
                .when().get("/api/files")
                .then().statusCode(403)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:memoryvault:problem:forbidden"));

        assertThat(Upstreams.of("media").timesSeen(requestId)).isZero();
    }

    @Test
    void shouldRejectAnUploadWithoutTokenWithoutForwardingIt() {
        String requestId = UUID.randomUUID().toString();

        given().header("X-Request-Id", requestId).contentType("application/octet-stream").body(new byte[2 * 1024 * 1024])
                .when().post("/api/upload/image")
                .then().statusCode(401)
                .contentType(PROBLEM_JSON);

        assertThat(Upstreams.of("media").timesSeen(requestId)).isZero();
        // The connection stays usable for the next request.
        given().auth().oauth2(TestTokens.user("alice")).when().get("/api/files").then().statusCode(200);
    }

    @Test
    void shouldLetAUserThrough() {
        String requestId = UUID.randomUUID().toString();

        given().auth().oauth2(TestTokens.user("alice")).header("X-Request-Id", requestId)
                .when().delete("/api/decks/42")
                .then().statusCode(200)
                .body("method", equalTo("DELETE"));

        assertThat(Upstreams.of("card").timesSeen(requestId)).isEqualTo(1);
    }
}
