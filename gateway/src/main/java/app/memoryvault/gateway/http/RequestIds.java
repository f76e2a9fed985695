package app.memoryvault.gateway.http;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an id that the services and the logs share: the caller's {@code X-Request-Id} when it is
 * sane, a new UUID otherwise. The id is echoed on every response, including the gateway's own errors.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";

    /** Before CORS (-300), authentication (-200) and the upload size limit (-2), so that every answer carries it. */
    static final int ORDER = -1_000;

    private static final String KEY = RequestIds.class.getName();
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::assign);
    }

    private void assign(RoutingContext context) {
        String id = acceptable(context.request().getHeader(HEADER));
        context.put(KEY, id);
        context.addHeadersEndHandler(ignored -> context.response().headers().set(HEADER, id));
        context.next();
    }

    /** The id of the current request. */
    public static String of(RoutingContext context) {
        return context.get(KEY);
    }

    static String acceptable(String candidate) {
        return candidate != null && SANE.matcher(candidate).matches() ? candidate : UUID.randomUUID().toString();
    }
}
