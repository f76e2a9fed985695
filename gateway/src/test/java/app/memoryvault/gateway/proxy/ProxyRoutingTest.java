package app.memoryvault.gateway.proxy;

import static app.memoryvault.gateway.Management.management;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.memoryvault.gateway.upstreams.Echo;
import app.memoryvault.gateway.upstreams.EchoUpstream;
import app.memoryvault.gateway.upstreams.EchoUpstreams;
import app.memoryvault.gateway.upstreams.Upstreams;
import app.memoryvault.testing.quarkus.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(EchoUpstreams.class)
class ProxyRoutingTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String QUERY = "deckId=3f2a&q=caf%C3%A9%20au%20lait&tag=a%2Fb&tag=c&limit=20";

    private final String token = TestTokens.user("alice");

    @ParameterizedTest
    @CsvSource({
            "/api/decks, card", "/api/decks/42/cards, card", "/api/cards, card", "/api/cards/7, card",
            "/api/tags, card", "/api/tags/rare, card",
            "/api/upload/image, media", "/api/upload/audio, media", "/api/files, media", "/api/files/9/thumb, media",
            "/api/review/due, review", "/api/review/0b8e/history, review", "/api/review/stats/daily, review",
            "/api/review/settings, review"})
    void shouldRouteEachPathToItsServiceWithPathAndQueryIntact(String path, String service) {
        Echo echo = given().auth().oauth2(token).urlEncodingEnabled(false)
                .when().get(path + "?" + QUERY)
                .then().statusCode(200)
                .extract().as(Echo.class);

        assertThat(echo.upstream()).isEqualTo(service);
        assertThat(echo.method()).isEqualTo("GET");
        assertThat(echo.uri()).isEqualTo(path + "?" + QUERY);
    }

    @Test
    void shouldForwardMethodBodyAndContentType() {
        Echo echo = given().auth().oauth2(token).contentType("application/json").body("{\"name\":\"Spanish\"}")
                .when().post("/api/decks")
                .then().statusCode(200)
                .extract().as(Echo.class);

        assertThat(echo.method()).isEqualTo("POST");
        assertThat(echo.bodyLength()).isEqualTo(18);
        assertThat(echo.header("content-type")).singleElement().asString().startsWith("application/json");
    }

    @Test
    void shouldForwardTheCallersBearerTokenUnchanged() {
        Echo echo = given().auth().oauth2(token).when().get("/api/cards").then().statusCode(200).extract().as(Echo.class);

        assertThat(echo.header("authorization")).containsExactly("Bearer " + token);
    }

    @Test
    void shouldGenerateARequestIdPassItUpstreamAndEchoIt() {
        Response response = given().auth().oauth2(token).when().get("/api/cards");
        Echo echo = response.then().statusCode(200).extract().as(Echo.class);

        String requestId = response.header("X-Request-Id");
        assertThat(requestId).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(echo.header("x-request-id")).containsExactly(requestId);
    }

    @Test
    void shouldKeepTheCallersRequestIdWhenItIsSane() {
        Echo echo = given().auth().oauth2(token).header("X-Request-Id", "web-7f3a.42:retry-1")
                .when().get("/api/cards")
                .then().statusCode(200).header("X-Request-Id", "web-7f3a.42:retry-1")
                .extract().as(Echo.class);

        assertThat(echo.header("x-request-id")).containsExactly("web-7f3a.42:retry-1");
    }

    @Test
    void shouldReplaceARequestIdThatIsNotSane() {
        Response response = given().auth().oauth2(token).header("X-Request-Id", "x\"; DROP TABLE card; --")
                .when().get("/api/cards");
        Echo echo = response.then().statusCode(200).extract().as(Echo.class);

        assertThat(response.header("X-Request-Id")).hasSize(36).isEqualTo(echo.header("x-request-id").getFirst());
    }

    @Test
    void shouldTellTheServiceWhoCalledThroughWhichHostAndScheme() {
        Echo echo = given().auth().oauth2(token)
                .header("X-Forwarded-For", "203.0.113.7")
                .header("X-Forwarded-Host", "evil.example")
                .header("Forwarded", "for=198.51.100.1;host=evil.example;proto=https")
                .when().get("/api/cards")
                .then().statusCode(200)
                .extract().as(Echo.class);

        assertThat(echo.header("x-forwarded-for")).singleElement().asString()
                .matches("127\\.0\\.0\\.1|0:0:0:0:0:0:0:1");
        assertThat(echo.header("x-forwarded-proto")).containsExactly("http");
        assertThat(echo.header("x-forwarded-host")).containsExactly("localhost:" + RestAssured.port);
        assertThat(echo.header("forwarded")).isEmpty();
    }

    @Test
    void shouldNotPassHopByHopHeadersEitherWay() {
        Response response = given().auth().oauth2(token)
                .header("Connection", "keep-alive, X-Caller-Hop")
                .header("X-Caller-Hop", "only for the gateway")
                .header("Proxy-Authorization", "Basic c2VjcmV0")
                .when().get("/api/cards");
        Echo echo = response.then().statusCode(200).extract().as(Echo.class);

        assertThat(echo.headers()).doesNotContainKeys("x-caller-hop", "proxy-authorization");
        assertThat(response.header("X-Upstream-Hop")).isNull();
    }

    @Test
    void shouldPassAServiceProblemThroughUnchanged() {
        String body = given().auth().oauth2(token)
                .when().get("/api/decks/42/problem")
                .then().statusCode(404).contentType(PROBLEM_JSON)
                .extract().asString();

        assertThat(body).isEqualTo(EchoUpstream.PROBLEM_BODY);
    }

    @Test
    void shouldNotRetryARequestTheServiceDropped() {
        String requestId = UUID.randomUUID().toString();

        given().auth().oauth2(token).header("X-Request-Id", requestId).contentType("application/json").body("{}")
                .when().post("/api/cards/drop")
                .then().statusCode(502).contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:memoryvault:problem:bad-gateway"));

        assertThat(Upstreams.of("card").timesSeen(requestId)).isEqualTo(1);
    }

    @Test
    void shouldAnswerAnUnknownApiRouteWithProblem() {
        given().auth().oauth2(token).when().get("/api/x")
                .then().statusCode(404).contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:memoryvault:problem:not-found"));
        given().auth().oauth2(token).when().get("/api/decksx")
                .then().statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldNotForwardAPathThatLeavesItsRoute() {
        given().auth().oauth2(token).urlEncodingEnabled(false).when().get("/api/cards/%2e%2e/secrets")
                .then().statusCode(404).contentType(PROBLEM_JSON);
        Echo echo = given().auth().oauth2(token).urlEncodingEnabled(false).when().get("/api/cards/x/%2e%2e/7")
                .then().statusCode(200).extract().as(Echo.class);

        assertThat(echo.uri()).isEqualTo("/api/cards/7");
    }

    @Test
    void shouldMeasureProxiedRequestsPerRouteNotPerPath() {
        String cardId = UUID.randomUUID().toString();
        given().auth().oauth2(token).when().get("/api/cards/" + cardId).then().statusCode(200);

        String metrics = management().when().get("/q/metrics").then().statusCode(200).extract().asString();

        assertThat(metrics).contains("uri=\"/api/cards/*\"").doesNotContain(cardId);
    }
}
