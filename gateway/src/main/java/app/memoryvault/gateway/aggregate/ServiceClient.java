package app.memoryvault.gateway.aggregate;

import app.memoryvault.gateway.config.GatewayConfig;
import app.memoryvault.gateway.proxy.Upstream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;

/**
 * GETs a JSON document from a service for the answers the gateway composes itself (/api/me, the health overview),
 * with a short overall timeout: a slow service costs the caller at most that long.
 */
@ApplicationScoped
public class ServiceClient {

    /** A service's answer: its status and JSON body (null when it had none that parses). */
    public record Reply(int status, JsonNode body) {

        public boolean ok() {
            return status / 100 == 2 && body != null;
        }
    }

    private final Vertx vertx;
    private final GatewayConfig config;
    private final ObjectMapper objectMapper;
    private HttpClient client;

    public ServiceClient(Vertx vertx, GatewayConfig config, ObjectMapper objectMapper) {
        this.vertx = vertx;
        this.config = config;
        this.objectMapper = objectMapper;
    }

    @PostConstruct
    void start() {
        client = vertx.createHttpClient();
    }

    @PreDestroy
    void stop() {
        client.close();
    }

    /** GETs {@code path} from {@code upstream}, with the caller's access token when there is one (else null). */
    public Uni<Reply> get(Upstream upstream, String path, String accessToken, String requestId) {
        Duration timeout = config.aggregateTimeout();
        URI base = upstream.baseUrl(config);
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setAbsoluteURI(base.resolve(path).toString())
                .setConnectTimeout(timeout.toMillis())
                .setIdleTimeout(timeout.toMillis())
                .putHeader(HttpHeaders.ACCEPT, "application/json");
        if (accessToken != null) {
            options.putHeader(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken);
        }
        if (requestId != null) {
            options.putHeader("X-Request-Id", requestId);
        }
        return Uni.createFrom().completionStage(() -> client.request(options)
                        .compose(request -> request.send())
                        .compose(response -> response.body().map(body -> reply(response, body.getBytes())))
                        .toCompletionStage())
                .ifNoItem().after(timeout).fail();
    }

    private Reply reply(HttpClientResponse response, byte[] body) {
        try {
            return new Reply(response.statusCode(), body.length == 0 ? null : objectMapper.readTree(body));
        } catch (IOException e) {
            return new Reply(response.statusCode(), null);
        }
    }
}
