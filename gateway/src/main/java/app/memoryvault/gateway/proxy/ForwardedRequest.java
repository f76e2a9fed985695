package app.memoryvault.gateway.proxy;

import app.memoryvault.gateway.http.RequestIds;
import app.memoryvault.gateway.security.ApiAccess;
import app.memoryvault.gateway.session.SessionCookies;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import java.util.List;

/**
 * Decides what a service sees of a request and what the caller sees of the answer: the path the gateway routed on,
 * who called through which host and scheme ({@code X-Forwarded-*}), the request id, the caller's access token, and
 * no hop-by-hop headers or session cookies.
 */
final class ForwardedRequest implements ProxyInterceptor {

    static final String X_FORWARDED_FOR = "X-Forwarded-For";
    static final String X_FORWARDED_PROTO = "X-Forwarded-Proto";
    static final String X_FORWARDED_HOST = "X-Forwarded-Host";

    /** Forwarding headers only the gateway may set: a caller's own would let it pose as another host or client. */
    private static final List<String> CALLER_FORWARDING_HEADERS = List.of(
            "Forwarded", X_FORWARDED_FOR, X_FORWARDED_PROTO, X_FORWARDED_HOST, "X-Forwarded-Port", "X-Forwarded-Prefix",
            "X-Forwarded-Server", "X-Forwarded-Ssl");

    private final RoutingContext routing;

    ForwardedRequest(RoutingContext routing) {
        this.routing = routing;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        HttpServerRequest incoming = routing.request();
        // The normalized path is the one the route matched: the service must not resolve "..", or "%2e", differently.
        request.setURI(incoming.query() == null ? routing.normalizedPath() : routing.normalizedPath() + "?" + incoming.query());

        MultiMap headers = request.headers();
        HopByHopHeaders.remove(headers);
        CALLER_FORWARDING_HEADERS.forEach(headers::remove);
        // The gateway has answered the caller's "Expect: 100-continue" itself (UpstreamProxy).
        headers.remove(HttpHeaders.EXPECT);
        // The services trust these headers, so they carry only what the gateway saw: a caller cannot claim an address.
        SocketAddress client = incoming.remoteAddress();
        if (client != null) {
            headers.set(X_FORWARDED_FOR, client.hostAddress());
        }
        headers.set(X_FORWARDED_PROTO, incoming.scheme());
        if (incoming.authority() != null) {
            headers.set(X_FORWARDED_HOST, incoming.authority().toString());
        }
        headers.set(RequestIds.HEADER, RequestIds.of(routing));
        forwardAccessToken(headers);
        return context.sendRequest();
    }

    /**
     * The services validate the access token again, whether the caller sent it (bearer) or the gateway keeps it in
     * the browser's session (refreshed as needed); the session cookie itself stays at the gateway.
     */
    private void forwardAccessToken(MultiMap headers) {
        SecurityIdentity identity = ApiAccess.identityOf(routing);
        AccessTokenCredential token = identity == null ? null : identity.getCredential(AccessTokenCredential.class);
        if (token != null) {
            headers.set(HttpHeaders.AUTHORIZATION, "Bearer " + token.getToken());
        }
        String cookies = headers.get(HttpHeaders.COOKIE);
        if (cookies != null) {
            String remaining = SessionCookies.withoutSession(cookies);
            if (remaining.isEmpty()) {
                headers.remove(HttpHeaders.COOKIE);
            } else {
                headers.set(HttpHeaders.COOKIE, remaining);
            }
        }
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        HopByHopHeaders.remove(context.response().headers());
        return context.sendResponse();
    }
}
