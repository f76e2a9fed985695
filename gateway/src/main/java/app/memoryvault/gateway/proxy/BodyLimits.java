package app.memoryvault.gateway.proxy;

import app.memoryvault.gateway.config.GatewayConfig;
import app.memoryvault.platform.problem.Problem;
import app.memoryvault.platform.problem.RoutingProblems;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Refuses request bodies above their route's limit with a 413 problem: at once when the declared length is too
 * large, or, for a body of unknown length, as soon as the bytes streamed through pass the limit.
 */
@ApplicationScoped
public class BodyLimits {

    private static final long LINGER_MILLIS = 10_000;
    private static final String EXCEEDED = BodyLimits.class.getName() + ".exceeded";

    private final GatewayConfig config;
    private final RoutingProblems problems;

    public BodyLimits(GatewayConfig config, RoutingProblems problems) {
        this.config = config;
        this.problems = problems;
    }

    /** The most bytes a request body on {@code route} may have. */
    long limitOf(ProxyRoute route) {
        return switch (route.body()) {
            case JSON -> config.bodyLimits().json().asLongValue();
            case UPLOAD -> config.bodyLimits().upload().asLongValue();
        };
    }

    void checkDeclaredLength(RoutingContext context, ProxyRoute route) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long limit = limitOf(route);
        if (declared != null && parse(declared) > limit) {
            refuse(context, limit);
        } else {
            context.next();
        }
    }

    /** Marks a request whose streamed body passed the limit, for {@link #problemIfExceeded} to answer it. */
    static void markExceeded(RoutingContext context, long limit) {
        context.put(EXCEEDED, limit);
    }

    /** The 413 problem of a request marked by {@link #markExceeded}, or null; the connection closes after it. */
    static Problem problemIfExceeded(RoutingContext context) {
        Long limit = context.get(EXCEEDED);
        if (limit == null) {
            return null;
        }
        closeAfterAnswer(context);
        return tooLarge(context, limit);
    }

    /**
     * Answers at once, then reads and drops what the caller still sends (as nginx' lingering close does), so that a
     * client that writes its whole body before reading gets the 413 rather than a broken pipe. The global body limit
     * bounds what is read; the connection closes once the body is in, or after {@link #LINGER_MILLIS} at the latest.
     */
    private void refuse(RoutingContext context, long limit) {
        closeAfterAnswer(context);
        problems.send(context, tooLarge(context, limit));
        HttpServerRequest request = context.request();
        if (request.version() != HttpVersion.HTTP_2 && !request.isEnded()) {
            long timer = context.vertx().setTimer(LINGER_MILLIS, fired -> request.connection().close());
            request.handler(dropped -> {
            });
            request.endHandler(ended -> context.vertx().cancelTimer(timer));
            request.resume();
        }
    }

    /** A refused HTTP/1 connection carries nothing more (an HTTP/2 stream is reset by the server on its own). */
    private static void closeAfterAnswer(RoutingContext context) {
        if (context.request().version() != HttpVersion.HTTP_2) {
            context.response().putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
        }
    }

    private static Problem tooLarge(RoutingContext context, long limit) {
        return RoutingProblems.of(413, "the request body exceeds the " + limit + " bytes this route accepts", context);
    }

    private static long parse(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
