package app.memoryvault.gateway.protection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import app.memoryvault.gateway.upstreams.Echo;
import app.memoryvault.gateway.upstreams.EchoUpstreams;
import app.memoryvault.gateway.upstreams.Upstreams;
import app.memoryvault.testing.quarkus.TestTokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Request-size limits per route, CORS and the security headers. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(EchoUpstreams.class)
class ProtectionTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final int MB = 1024 * 1024;

    private final String token = TestTokens.user("alice");

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void shouldRejectAJsonBodyAboveOneMegabyteBeforeItReachesTheService() {
        String requestId = UUID.randomUUID().toString();

        given().auth().oauth2(token).header("X-Request-Id", requestId)
                .contentType("application/json").body(new byte[MB + 1])
                .when().post("/api/decks")
                .then().statusCode(413)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:memoryvault:problem:payload-too-large"))
                .body("instance", equalTo("/api/decks"));

        assertThat(Upstreams.of("card").timesSeen(requestId)).isZero();
    }

    @Test
    void shouldForwardAJsonBodyOfExactlyOneMegabyte() {
        Echo echo = given().auth().oauth2(token).contentType("application/json").body(new byte[MB])
                .when().put("/api/review/settings")
                .then().statusCode(200)
                .extract().as(Echo.class);

        assertThat(echo.bodyLength()).isEqualTo(MB);
    }

    @Test
    void shouldRejectAnUploadAboveItsLimitButTakeOneAboveTheJsonLimit() throws Exception {
        String requestId = UUID.randomUUID().toString();
        HttpRequest tooLarge = HttpRequest.newBuilder(URI.create(gateway.toString() + "api/upload/audio"))
                .header("Authorization", "Bearer " + token)
                .header("X-Request-Id", requestId)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[28 * MB]))
                .timeout(Duration.ofSeconds(20))
                .build();

        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(tooLarge, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(new ObjectMapper().readTree(response.body()).get("type").asText())
                .isEqualTo("urn:memoryvault:problem:payload-too-large");
        assertThat(Upstreams.of("media").timesSeen(requestId)).isZero();
        given().auth().oauth2(token).contentType("application/octet-stream").body(new byte[3 * MB])
                .when().post("/api/upload/image")
                .then().statusCode(200)
                .body("bodyLength", equalTo(3 * MB));
    }

    @Test
    void shouldCutOffABodyOfUnknownLengthOnceItPassesTheLimit() throws Exception {
        String requestId = UUID.randomUUID().toString();
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway.toString() + "api/cards"))
                .header("Authorization", "Bearer " + token)
                .header("X-Request-Id", requestId)
                .header("Content-Type", "application/json")
                // An input stream publisher sends no Content-Length: the body is chunked.
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[3 * MB])))
                .timeout(Duration.ofSeconds(20))
                .build();

        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).contains(PROBLEM_JSON);
        assertThat(new ObjectMapper().readTree(response.body()).get("type").asText())
                .isEqualTo("urn:memoryvault:problem:payload-too-large");
        assertThat(Upstreams.of("card").bytesReceived(requestId)).isLessThanOrEqualTo(MB);
    }

    @Test
    void shouldAnswerACorsPreflightFromAnAllowedOrigin() {
        given().header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match")
                .when().options("/api/decks/42")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173")
                .header("Access-Control-Allow-Methods", org.hamcrest.Matchers.containsString("PUT"))
                .header("Access-Control-Allow-Headers", org.hamcrest.Matchers.containsStringIgnoringCase("if-match"));
    }

    @Test
    void shouldNotAllowAnotherOrigin() {
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "DELETE")
                .when().options("/api/decks/42")
                .then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void shouldLetAnAllowedOriginReadTheAnswerAndItsRequestId() {
        given().auth().oauth2(token).header("Origin", "http://localhost:5173")
                .when().get("/api/decks")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173")
                .header("Access-Control-Expose-Headers", org.hamcrest.Matchers.containsStringIgnoringCase("X-Request-Id"));
    }

    @Test
    void shouldSendSecurityHeadersOnApiAnswersAndErrors() {
        given().auth().oauth2(token).when().get("/api/cards")
                .then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                .header("Strict-Transport-Security", nullValue());
        given().when().get("/api/cards")
                .then().statusCode(401)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    }

    @Test
    void shouldGiveTheWebAppAStrictContentSecurityPolicy() {
        given().when().get("/")
                .then()
                .header("Content-Security-Policy", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("script-src 'self'"),
                        org.hamcrest.Matchers.containsString("frame-ancestors 'none'")))
                .header("X-Frame-Options", "DENY");
    }

    @Test
    void shouldSendHstsOnlyWhenTheRequestCameOverTls() {
        given().auth().oauth2(token).header("X-Forwarded-Proto", "https")
                .when().get("/api/cards")
                .then().statusCode(200)
                .header("Strict-Transport-Security", "max-age=31536000");
    }
}
