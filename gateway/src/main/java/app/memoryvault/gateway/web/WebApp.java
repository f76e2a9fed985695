package app.memoryvault.gateway.web;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Serves the web app (the {@code web} module's files in META-INF/resources): its client routes ({@code /decks/…},
 * {@code /review}…, any path without a dot outside /api, /q, /login and /logout) answer index.html, which is never
 * cached, while the content-hashed files under /assets are cached for a year.
 */
@ApplicationScoped
public class WebApp {

    static final String INDEX_RESOURCE = "META-INF/resources/index.html";
    static final String CLIENT_ROUTE = "^/(?!api(?:/|$)|q(?:/|$)|login$|logout$|assets/)[^.]*$";
    static final String NO_CACHE = "no-cache";
    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    /** Just after the security headers (-990): the Cache-Control of every static answer of the app. */
    static final int CACHE_ORDER = -980;

    private static final Pattern ASSET = Pattern.compile("^/assets/.+");

    private final Optional<Buffer> index = read(INDEX_RESOURCE);

    void install(@Observes Router router) {
        router.route().order(CACHE_ORDER).handler(this::cacheControl);
        index.ifPresent(page -> router.getWithRegex(CLIENT_ROUTE).order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT)
                .handler(context -> context.response()
                        .putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                        .end(page)));
    }

    private void cacheControl(RoutingContext context) {
        String path = context.normalizedPath();
        if (ASSET.matcher(path).matches()) {
            context.addHeadersEndHandler(ignored -> {
                if (context.response().getStatusCode() == 200 || context.response().getStatusCode() == 304) {
                    context.response().headers().set(HttpHeaders.CACHE_CONTROL, IMMUTABLE);
                }
            });
        } else if ("/index.html".equals(path) || path.matches(CLIENT_ROUTE)) {
            context.addHeadersEndHandler(ignored -> context.response().headers().set(HttpHeaders.CACHE_CONTROL, NO_CACHE));
        }
        context.next();
    }

    private static Optional<Buffer> read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(Buffer.buffer(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
