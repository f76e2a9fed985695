package app.memoryvault.gateway.proxy;

import app.memoryvault.gateway.security.ApiAccess;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/** The gateway's route table (see the HTTP API in ARCHITECTURE.md): every proxied route requires a user first. */
@ApplicationScoped
public class ProxyRoutes {

    public static final List<ProxyRoute> ROUTES = List.of(
            new ProxyRoute("/api/decks", Upstream.CARD),
            new ProxyRoute("/api/cards", Upstream.CARD),
            new ProxyRoute("/api/tags", Upstream.CARD),
            new ProxyRoute("/api/upload", Upstream.MEDIA),
            new ProxyRoute("/api/files", Upstream.MEDIA),
            new ProxyRoute("/api/review", Upstream.REVIEW));

    private final ApiAccess apiAccess;
    private final UpstreamProxy proxy;

    public ProxyRoutes(ApiAccess apiAccess, UpstreamProxy proxy) {
        this.apiAccess = apiAccess;
        this.proxy = proxy;
    }

    void install(@Observes Router router) {
        for (ProxyRoute route : ROUTES) {
            router.route(route.pattern())
                    .order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT)
                    .handler(apiAccess)
                    .handler(context -> proxy.forward(context, route));
        }
    }
}
