package app.memoryvault.gateway.proxy;

import static app.memoryvault.gateway.Management.management;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import app.memoryvault.gateway.upstreams.Echo;
import app.memoryvault.gateway.upstreams.FailingUpstreams;
import app.memoryvault.testing.quarkus.TestTokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Services that are down or too slow get problem answers, and the gateway keeps serving the rest. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FailingUpstreams.class)
class UpstreamFailuresTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    private final String token = TestTokens.user("alice");

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void shouldAnswer502ProblemWhenTheServiceIsDown() {
        String requestId = UUID.randomUUID().toString();

        given().auth().oauth2(token).header("X-Request-Id", requestId)
                .when().get("/api/cards?deckId=1")
                .then().statusCode(502)
                .contentType(PROBLEM_JSON)
                .header("X-Request-Id", requestId)
                .body("type", equalTo("urn:memoryvault:problem:bad-gateway"))
                .body("status", equalTo(502))
                .body("instance", equalTo("/api/cards"));
    }

    @Test
    void shouldAnswer502ProblemForAnUploadToAServiceThatIsDown() {
        given().auth().oauth2(token).contentType("application/octet-stream").body(new byte[900 * 1024])
                .when().post("/api/decks")
                .then().statusCode(502)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void shouldAnswer504ProblemWhenTheServiceDoesNotAnswerInTime() {
        given().auth().oauth2(token).when().get("/api/review/due").then().statusCode(200);
        long started = System.nanoTime();

        given().auth().oauth2(token)
                .when().get("/api/files/slow")
                .then().statusCode(504)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:memoryvault:problem:gateway-timeout"));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(900), Duration.ofSeconds(8));
    }

    @Test
    void shouldNotCountASlowUploadAgainstTheReadTimeout() throws Exception {
        // Three pieces 700 ms apart: the upload takes longer than the 1 s read timeout, the service answers at once.
        InputStream slowUpload = new InputStream() {
            private int piecesLeft = 3;

            @Override
            public int read() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (piecesLeft == 0) {
                    return -1;
                }
                piecesLeft--;
                pause(700);
                buffer[offset] = 'x';
                return 1;
            }
        };

        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(gateway.toString().replaceFirst("/$", "") + "/api/review/c1"))
                        .header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> slowUpload))
                        .timeout(Duration.ofSeconds(20))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(new ObjectMapper().readValue(response.body(), Echo.class).bodyLength()).isEqualTo(3);
    }

    @Test
    void shouldStayHealthyAndServeTheOtherServices() {
        given().auth().oauth2(token).when().get("/api/cards").then().statusCode(502);
        given().auth().oauth2(token).when().get("/api/files").then().statusCode(504);

        management().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        management().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().auth().oauth2(token).when().get("/api/review/due")
                .then().statusCode(200)
                .body("upstream", equalTo("review"));
    }

    @Test
    void shouldAnswerMeWithoutTheQuotaOfAServiceThatDoesNotAnswer() {
        long started = System.nanoTime();

        given().auth().oauth2(token)
                .when().get("/api/me")
                .then().statusCode(200)
                .body("id", equalTo(TestTokens.subjectOf("alice")))
                .body("quota", nullValue())
                .body("settings.upstream", equalTo("review"))
                .body("unavailable", contains("quota"));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(6));
    }

    @Test
    void shouldShowWhichServicesAreDownInTheSuiteHealth() {
        given().auth().oauth2(TestTokens.withRoles("root", "user", "admin"))
                .when().get("/api/admin/health")
                .then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("services.card-service.status", equalTo("DOWN"))
                .body("services.card-service.error", containsString("Connection refused"))
                .body("services.media-service.status", equalTo("DOWN"))
                .body("services.review-service.status", equalTo("UP"));
    }

    @Test
    void shouldAnswer502ProblemForTheDocumentOfAServiceThatIsDown() {
        given().when().get("/q/openapi/card-service")
                .then().statusCode(502)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:memoryvault:problem:bad-gateway"));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
