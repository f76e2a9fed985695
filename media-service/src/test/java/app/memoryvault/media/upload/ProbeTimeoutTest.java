package app.memoryvault.media.upload;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.memoryvault.testing.quarkus.KafkaResource;
import app.memoryvault.testing.quarkus.PostgresResource;
import app.memoryvault.testing.quarkus.S3Resource;
import app.memoryvault.testing.quarkus.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(SlowProbeProfile.class)
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(S3Resource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class ProbeTimeoutTest {

    @Test
    void shouldAnswer503WithRetryAfterWhenTheProbeTimesOutAndKeepNothing() throws Exception {
        String token = TestTokens.user("probe-" + UUID.randomUUID());
        long start = System.nanoTime();

        HttpResponse<String> response = Uploads.upload(token, "audio", "a.wav", "audio/wav", TestMedia.wav(5));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("Retry-After")).hasValue("10");
        JsonNode problem = new ObjectMapper().readTree(response.body());
        assertThat(problem.path("type").asText()).isEqualTo("urn:memoryvault:problem:probe-timeout");
        assertThat(problem.path("detail").asText()).isEqualTo("the audio could not be checked within 0.3 s");
        given().auth().oauth2(token).when().get("/api/files").then().statusCode(200).body("items.size()", equalTo(0));
        given().auth().oauth2(token).when().get("/api/files/quota").then().body("used", equalTo(0));
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .filter(child -> child.info().commandLine().orElse("").contains("sleep"))).isEmpty();
    }
}
