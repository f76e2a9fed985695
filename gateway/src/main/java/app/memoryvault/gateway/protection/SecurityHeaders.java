package app.memoryvault.gateway.protection;

import app.memoryvault.gateway.config.SecurityHeadersConfig;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Puts the browser-facing security headers on every answer, unless the service behind set its own: no MIME
 * sniffing, no framing, no referrer, a strict CSP for the web app (APIs get {@code default-src 'none'}; the Swagger
 * UI under /q needs its inline script and only gets {@code frame-ancestors}), and HSTS for requests that came over
 * TLS, at the gateway or at a TLS-terminating proxy in front of it ({@code X-Forwarded-Proto: https}).
 */
@ApplicationScoped
public class SecurityHeaders {

    /** Just after the request id (-1000), so that every answer, errors included, carries them. */
    static final int ORDER = -990;

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    static final String TOOLS_POLICY = "frame-ancestors 'none'";

    private final SecurityHeadersConfig config;

    public SecurityHeaders(SecurityHeadersConfig config) {
        this.config = config;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(context -> {
            context.addHeadersEndHandler(ignored -> apply(context));
            context.next();
        });
    }

    private void apply(RoutingContext context) {
        MultiMap headers = context.response().headers();
        String path = context.normalizedPath();
        setIfAbsent(headers, "X-Content-Type-Options", "nosniff");
        setIfAbsent(headers, "X-Frame-Options", "DENY");
        setIfAbsent(headers, "Referrer-Policy", config.referrerPolicy());
        setIfAbsent(headers, "Content-Security-Policy", path.startsWith("/api/") ? API_POLICY
                : path.startsWith("/q/") ? TOOLS_POLICY : config.webAppContentSecurityPolicy());
        if (overTls(context.request())) {
            setIfAbsent(headers, "Strict-Transport-Security", "max-age=" + config.hstsMaxAge().toSeconds());
        }
    }

    /**
     * Browsers ignore HSTS received over plain HTTP, so trusting a caller's X-Forwarded-Proto here cannot pin a
     * plain-HTTP site; it only lets a TLS-terminating proxy in front of the gateway get the header sent.
     */
    private static boolean overTls(HttpServerRequest request) {
        String forwardedProto = request.getHeader("X-Forwarded-Proto");
        return request.isSSL() || forwardedProto != null && forwardedProto.trim().toLowerCase().startsWith("https");
    }

    private static void setIfAbsent(MultiMap headers, String name, String value) {
        if (!headers.contains(name)) {
            headers.set(name, value);
        }
    }
}
