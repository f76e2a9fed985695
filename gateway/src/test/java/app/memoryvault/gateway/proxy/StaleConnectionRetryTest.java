package app.memoryvault.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.memoryvault.gateway.upstreams.Echo;
import app.memoryvault.gateway.upstreams.EchoUpstreams;
import app.memoryvault.gateway.upstreams.Upstreams;
import app.memoryvault.testing.quarkus.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A service that closes the connection once a request has arrived (as when it closes a pooled keep-alive connection
 * just as the gateway reuses it): a GET, HEAD or OPTIONS without a body is sent once more, anything else is a 502.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(EchoUpstreams.class)
class StaleConnectionRetryTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    private final String token = TestTokens.user("alice");

    @Test
    void shouldAnswerAGetWhoseConnectionTheServiceClosedByRetryingIt() {
        String requestId = UUID.randomUUID().toString();

        Echo echo = given().auth().oauth2(token).header("X-Request-Id", requestId)
                .when().get("/api/cards/7/drop-first")
                .then().statusCode(200)
                .extract().as(Echo.class);

        assertThat(echo.method()).isEqualTo("GET");
        assertThat(echo.header("x-request-id")).containsExactly(requestId);
        assertThat(echo.header("authorization")).containsExactly("Bearer " + token);
        assertThat(Upstreams.of("card").timesSeen(requestId)).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"HEAD", "OPTIONS"})
    void shouldRetryTheOtherIdempotentMethodsToo(String method) {
        String requestId = UUID.randomUUID().toString();

        given().auth().oauth2(token).header("X-Request-Id", requestId)
                .when().request(method, "/api/decks/drop-first")
                .then().statusCode(200);

        assertThat(Upstreams.of("card").timesSeen(requestId)).isEqualTo(2);
    }

    @Test
    void shouldRetryOnlyOnce() {
        String requestId = UUID.randomUUID().toString();

        given().auth().oauth2(token).header("X-Request-Id", requestId)
                .when().get("/api/cards/drop")
                .then().statusCode(502).contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:memoryvault:problem:bad-gateway"));

        assertThat(Upstreams.of("card").timesSeen(requestId)).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE"})
    void shouldNeverRetryAMethodThatIsNotIdempotent(String method) {
        String requestId = UUID.randomUUID().toString();

        given().auth().oauth2(token).header("X-Request-Id", requestId).contentType("application/json").body("{}")
                .when().request(method, "/api/cards/7/drop-first")
                .then().statusCode(502).contentType(PROBLEM_JSON)
                .header("X-Request-Id", requestId)
                .body("type", equalTo("urn:memoryvault:problem:bad-gateway"));

        assertThat(Upstreams.of("card").timesSeen(requestId)).isEqualTo(1);
    }

    @Test
    void shouldNeverRetryADeleteWithoutABody() {
        String requestId = UUID.randomUUID().toString();

        given().auth().oauth2(token).header("X-Request-Id", requestId)
                .when().delete("/api/cards/7/drop-first")
                .then().statusCode(502).contentType(PROBLEM_JSON);

        assertThat(Upstreams.of("card").timesSeen(requestId)).isEqualTo(1);
    }

    @Test
    void shouldNeverRetryAGetWithABody() {
        String requestId = UUID.randomUUID().toString();

        given().auth().oauth2(token).header("X-Request-Id", requestId).contentType("application/json").body("{}")
                .when().get("/api/cards/7/drop-first")
                .then().statusCode(502).contentType(PROBLEM_JSON);

        assertThat(Upstreams.of("card").timesSeen(requestId)).isEqualTo(1);
    }
}
