package app.memoryvault.gateway.health;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The gateway is ready only while the identity provider's discovery document answers: without it, no new session
 * can start and no token signed with a new key can be checked. (quarkus-oidc's own check asks with HEAD, which not
 * every provider answers.)
 */
@Readiness
@ApplicationScoped
public class IdentityProviderCheck implements AsyncHealthCheck {

    static final String NAME = "identity provider";
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final String discoveryUrl;
    private final HttpClient client;

    public IdentityProviderCheck(Vertx vertx, @ConfigProperty(name = "quarkus.oidc.auth-server-url") String authServerUrl) {
        this.discoveryUrl = authServerUrl.replaceFirst("/+$", "") + "/.well-known/openid-configuration";
        this.client = vertx.createHttpClient();
    }

    @PreDestroy
    void stop() {
        client.close();
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setAbsoluteURI(discoveryUrl)
                .setConnectTimeout(TIMEOUT.toMillis()).setIdleTimeout(TIMEOUT.toMillis());
        return Uni.createFrom().completionStage(() -> client.request(options)
                        .compose(request -> request.send())
                        .compose(response -> response.body().map(ignored -> response.statusCode()))
                        .toCompletionStage())
                .ifNoItem().after(TIMEOUT).fail()
                .map(status -> HealthCheckResponse.named(NAME).status(status == 200)
                        .withData("discovery", discoveryUrl).withData("status", status).build())
                .onFailure().recoverWithItem(failure -> HealthCheckResponse.named(NAME).down()
                        .withData("discovery", discoveryUrl).withData("error", failure.toString()).build());
    }
}
