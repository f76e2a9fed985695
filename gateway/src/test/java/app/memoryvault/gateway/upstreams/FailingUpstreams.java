package app.memoryvault.gateway.upstreams;

import app.memoryvault.testing.infra.FreePorts;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import java.util.Map;

/**
 * Services in trouble: card-service's port is closed, media-service reads requests but never answers, and
 * review-service works (an echo server), to show that the gateway still serves what it can.
 */
public class FailingUpstreams implements QuarkusTestResourceLifecycleManager {

    public static final String READ_TIMEOUT = "1s";

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        return Map.of(
                "memoryvault.gateway.upstreams.card", "http://localhost:" + FreePorts.next(),
                "memoryvault.gateway.upstreams.media", Upstreams.url(vertx.createHttpServer()
                        .requestHandler(request -> request.handler(ignored -> {
                        }))
                        .listen(0, "localhost")),
                "memoryvault.gateway.upstreams.review", Upstreams.url(EchoUpstream.start(vertx, "review")),
                "memoryvault.gateway.read-timeout", READ_TIMEOUT);
    }

    @Override
    public void stop() {
        Upstreams.close(vertx);
    }
}
