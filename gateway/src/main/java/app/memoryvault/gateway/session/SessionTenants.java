package app.memoryvault.gateway.session;

import io.quarkus.oidc.TenantResolver;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Chooses how a request authenticates: a bearer token always uses the default (service) tenant, exactly as API
 * clients expect; the login and logout pages, and any request that carries only the gateway's session cookie, use
 * the {@value #WEB} tenant (authorisation-code flow with PKCE). Anything else stays with bearer tokens, so an
 * anonymous API call is a 401, never a login redirect.
 */
@ApplicationScoped
public class SessionTenants implements TenantResolver {

    public static final String WEB = "web";

    @Override
    public String resolve(RoutingContext context) {
        if (context.request().headers().contains(HttpHeaders.AUTHORIZATION)) {
            return null;
        }
        String path = context.normalizedPath();
        if (SessionPaths.LOGIN.equals(path) || SessionPaths.LOGOUT.equals(path) || SessionCookies.present(context.request())) {
            return WEB;
        }
        return null;
    }
}
