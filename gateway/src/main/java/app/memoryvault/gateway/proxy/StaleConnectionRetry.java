package app.memoryvault.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * A pooled connection the service closed or reset (keep-alive race) fails a request before any byte of the answer
 * came back. An idempotent request without a body is then sent once more, on a connection opened for it; any other
 * request is never repeated. Timeouts and refused connections are not retried: a second try would not fare better.
 */
final class StaleConnectionRetry implements ProxyInterceptor {

    /** The context attachment that tells the origin to open a new connection rather than take one from the pool. */
    static final String FRESH_CONNECTION = "memoryvault.fresh-connection";

    private static final Logger LOG = Logger.getLogger(StaleConnectionRetry.class);
    private static final Set<HttpMethod> IDEMPOTENT = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    /**
     * Whether {@code request} may be sent twice: GET, HEAD or OPTIONS without a body. An HTTP/2 request without
     * {@code Content-Length} may still carry a body (its frames tell only once read), so it is not retried.
     */
    static boolean appliesTo(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        boolean noBody = !request.headers().contains(HttpHeaders.TRANSFER_ENCODING)
                && (length == null ? request.version() != HttpVersion.HTTP_2 : length.trim().equals("0"));
        return IDEMPOTENT.contains(request.method()) && noBody;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        // Nothing to forward, so nothing to replay: the request is sent without a body (as Vert.x' release() does).
        ProxyRequest request = context.request();
        Body body = request.getBody();
        if (body != null) {
            request.setBody(null);
            body.stream().resume();
        }
        return context.sendRequest().recover(failure -> staleConnection(failure) ? retry(context, failure)
                : Future.failedFuture(failure));
    }

    /**
     * The interceptors after this one have already shaped the request, so the second {@code sendRequest()} goes
     * straight to the origin (Vert.x' proxy runs each interceptor once per request).
     */
    private static Future<ProxyResponse> retry(ProxyContext context, Throwable failure) {
        LOG.debugf("%s %s: the pooled connection failed (%s), retrying once on a new connection",
                context.request().getMethod(), context.request().getURI(), failure);
        context.set(FRESH_CONNECTION, Boolean.TRUE);
        return context.sendRequest();
    }

    private static boolean staleConnection(Throwable failure) {
        return failure instanceof HttpClosedException
                || failure instanceof IOException && !(failure instanceof ConnectException);
    }
}
