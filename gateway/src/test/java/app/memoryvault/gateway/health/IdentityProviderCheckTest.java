package app.memoryvault.gateway.health;

import static org.assertj.core.api.Assertions.assertThat;

import app.memoryvault.testing.infra.FreePorts;
import io.vertx.core.Vertx;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Readiness follows the identity provider: a real HTTP server that is there, and a port where none is. */
class IdentityProviderCheckTest {

    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void close() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void shouldBeUpWhenTheDiscoveryDocumentAnswers() {
        int port = vertx.createHttpServer()
                .requestHandler(request -> request.response().setStatusCode(
                        request.path().equals("/realms/memoryvault/.well-known/openid-configuration") ? 200 : 404).end("{}"))
                .listen(0, "localhost").toCompletionStage().toCompletableFuture().join().actualPort();

        HealthCheckResponse response = check("http://localhost:" + port + "/realms/memoryvault/");

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    }

    @Test
    void shouldBeDownWhenTheIdentityProviderIsNotReachable() {
        HealthCheckResponse response = check("http://localhost:" + FreePorts.next() + "/realms/memoryvault");

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(response.getData()).hasValueSatisfying(data -> assertThat(data).containsKey("error"));
    }

    @Test
    void shouldBeDownWhenTheRealmDoesNotExist() {
        int port = vertx.createHttpServer()
                .requestHandler(request -> request.response().setStatusCode(404).end())
                .listen(0, "localhost").toCompletionStage().toCompletableFuture().join().actualPort();

        assertThat(check("http://localhost:" + port + "/realms/nope").getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    }

    private HealthCheckResponse check(String authServerUrl) {
        return new IdentityProviderCheck(vertx, authServerUrl).call().await().atMost(Duration.ofSeconds(10));
    }
}
