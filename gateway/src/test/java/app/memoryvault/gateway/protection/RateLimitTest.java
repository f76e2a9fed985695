package app.memoryvault.gateway.protection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.memoryvault.gateway.upstreams.EchoUpstreams;
import app.memoryvault.gateway.upstreams.Upstreams;
import app.memoryvault.testing.quarkus.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Token buckets per user and per client address, with buckets small enough to empty in a test. */
@QuarkusTest
@TestProfile(RateLimitTest.SmallBuckets.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(EchoUpstreams.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RateLimitTest {

    /** Three requests per user, twenty per address, one more per hour: every test request here is from localhost. */
    public static class SmallBuckets implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "memoryvault.gateway.rate-limits.user.capacity", "3",
                    "memoryvault.gateway.rate-limits.user.refill", "1",
                    "memoryvault.gateway.rate-limits.user.period", "1h",
                    "memoryvault.gateway.rate-limits.ip.capacity", "20",
                    "memoryvault.gateway.rate-limits.ip.refill", "1",
                    "memoryvault.gateway.rate-limits.ip.period", "1h");
        }
    }

    @Test
    @Order(1)
    void shouldLimitEachUserToTheirOwnBucket() {
        String alice = TestTokens.user("alice");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(alice).when().get("/api/decks").then().statusCode(200);
        }
        String requestId = UUID.randomUUID().toString();

        Response limited = given().auth().oauth2(alice).header("X-Request-Id", requestId).when().get("/api/me");
        limited.then().statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:memoryvault:problem:rate-limited"));
        given().auth().oauth2(alice).header("X-Request-Id", requestId).when().get("/api/cards").then().statusCode(429);

        long retryAfter = Long.parseLong(limited.header("Retry-After"));
        assertThat(retryAfter).isBetween(3000L, 3600L);
        assertThat(limited.jsonPath().getLong("retryAfterSeconds")).isEqualTo(retryAfter);
        assertThat(Upstreams.of("card").timesSeen(requestId)).isZero();
        given().auth().oauth2(TestTokens.user("bob")).when().get("/api/decks").then().statusCode(200);
    }

    @Test
    @Order(2)
    void shouldLimitAnAddressBeforeCheckingTokens() {
        // Forged tokens are turned away (401) but still count against the address, until it gets 429s.
        int unauthorized = 0;
        int status = 401;
        while (status == 401 && unauthorized < 30) {
            status = given().auth().oauth2("not-a-token").when().get("/api/decks").statusCode();
            unauthorized += status == 401 ? 1 : 0;
        }

        assertThat(status).isEqualTo(429);
        assertThat(unauthorized).isLessThan(20);
        given().auth().oauth2(TestTokens.user("carol")).when().get("/api/decks")
                .then().statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .body("type", equalTo("urn:memoryvault:problem:rate-limited"));
    }
}
