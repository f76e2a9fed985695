package app.memoryvault.gateway.upstreams;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import java.util.Map;

/** Starts one echo server per service and points the gateway at them. */
public class EchoUpstreams implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        return Map.of(
                "memoryvault.gateway.upstreams.card", Upstreams.url(EchoUpstream.start(vertx, "card")),
                "memoryvault.gateway.upstreams.media", Upstreams.url(EchoUpstream.start(vertx, "media")),
                "memoryvault.gateway.upstreams.review", Upstreams.url(EchoUpstream.start(vertx, "review")));
    }

    @Override
    public void stop() {
        Upstreams.close(vertx);
    }
}
