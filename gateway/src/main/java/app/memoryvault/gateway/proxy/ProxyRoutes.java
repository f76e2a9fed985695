package app.memoryvault.gateway.proxy;

import app.memoryvault.gateway.proxy.ProxyRoute.BodyKind;
import app.memoryvault.gateway.security.ApiAccess;
import app.memoryvault.platform.security.Roles;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * The gateway's route table (see the HTTP API in ARCHITECTURE.md): every proxied route requires its role first,
 * then a body within its limit.
 */
@ApplicationScoped
public class ProxyRoutes {

    public static final List<ProxyRoute> ROUTES = List.of(
            new ProxyRoute("/api/decks", Upstream.CARD, Roles.USER, BodyKind.JSON),
            new ProxyRoute("/api/cards", Upstream.CARD, Roles.USER, BodyKind.JSON),
            new ProxyRoute("/api/tags", Upstream.CARD, Roles.USER, BodyKind.JSON),
            new ProxyRoute("/api/upload", Upstream.MEDIA, Roles.USER, BodyKind.UPLOAD),
            new ProxyRoute("/api/files", Upstream.MEDIA, Roles.USER, BodyKind.JSON),
            new ProxyRoute("/api/review", Upstream.REVIEW, Roles.USER, BodyKind.JSON),
            new ProxyRoute("/api/admin/users", Upstream.MEDIA, Roles.ADMIN, BodyKind.JSON));

    private final ApiAccess apiAccess;
    private final BodyLimits bodyLimits;
    private final UpstreamProxy proxy;

    public ProxyRoutes(ApiAccess apiAccess, BodyLimits bodyLimits, UpstreamProxy proxy) {
        this.apiAccess = apiAccess;
        this.bodyLimits = bodyLimits;
        this.proxy = proxy;
    }

    void install(@Observes Router router) {
        for (ProxyRoute route : ROUTES) {
            router.route(route.pattern())
                    .order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT)
                    .handler(apiAccess.requiring(route.role()))
                    .handler(context -> bodyLimits.checkDeclaredLength(context, route))
                    .handler(context -> proxy.forward(context, route));
        }
    }
}
