package app.memoryvault.gateway.proxy;

import app.memoryvault.gateway.config.GatewayConfig;
import app.memoryvault.platform.problem.RoutingProblems;
import io.quarkus.runtime.Startup;
import io.smallrye.common.vertx.ContextLocals;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyOptions;
import io.vertx.httpproxy.ProxyRequest;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Forwards a request to its service with Vert.x' reverse proxy on Quarkus' own Vert.x: bodies stream both ways
 * (nothing is buffered), hop-by-hop headers are dropped, and only an idempotent request without a body is retried,
 * once, when a pooled connection fails before the answer starts ({@link StaleConnectionRetry}).
 */
@Startup
@ApplicationScoped
public class UpstreamProxy {

    /** The context-local key Quarkus' HTTP metrics read the route template from (as for REST endpoints). */
    private static final String URL_PATH_TEMPLATE = "UrlPathTemplate";

    /** No WebSocket tunnelling (it would bypass the interceptors) and no caching: plain request forwarding. */
    private static final ProxyOptions OPTIONS = new ProxyOptions().setSupportWebSocket(false);

    private final Vertx vertx;
    private final GatewayConfig config;
    private final RoutingProblems problems;
    private final BodyLimits bodyLimits;
    private final Map<Upstream, RequestOptions> origins = new EnumMap<>(Upstream.class);
    private HttpClient client;
    /** Keeps no connection: every request it sends goes on a connection of its own (retries). */
    private HttpClient freshClient;

    public UpstreamProxy(Vertx vertx, GatewayConfig config, RoutingProblems problems, BodyLimits bodyLimits) {
        this.vertx = vertx;
        this.config = config;
        this.problems = problems;
        this.bodyLimits = bodyLimits;
    }

    @PostConstruct
    void start() {
        for (Upstream upstream : Upstream.values()) {
            origins.put(upstream, origin(upstream, upstream.baseUrl(config)));
        }
        // A pooled connection is closed by the gateway after keep-alive-timeout of idleness, before the service's
        // own idle timeout (quarkus.http.idle-timeout, 30 min) could close it under a request.
        HttpClientOptions options = new HttpClientOptions()
                .setConnectTimeout(Math.toIntExact(config.connectTimeout().toMillis()))
                .setKeepAlive(true)
                .setKeepAliveTimeout(Math.toIntExact(Math.max(1, config.keepAliveTimeout().toSeconds())));
        client = vertx.createHttpClient(options, new PoolOptions().setHttp1MaxSize(config.maxConnectionsPerUpstream()));
        freshClient = vertx.createHttpClient(new HttpClientOptions(options).setKeepAlive(false),
                new PoolOptions().setHttp1MaxSize(config.maxConnectionsPerUpstream()));
    }

    @PreDestroy
    void stop() {
        if (client != null) {
            client.close();
            freshClient.close();
        }
    }

    /** Sends the request of {@code context} to the service of {@code route} and its answer back to the caller. */
    public void forward(RoutingContext context, ProxyRoute route) {
        ContextLocals.put(URL_PATH_TEMPLATE, route.pattern());
        boolean retryable = StaleConnectionRetry.appliesTo(context.request());
        declareStreamedBody(context.request());
        if (HttpHeaders.CONTINUE.toString().equalsIgnoreCase(context.request().getHeader(HttpHeaders.EXPECT))) {
            // The caller waits for a go-ahead before sending its body; it has passed the access check, so give it.
            context.response().writeContinue();
        }
        HttpProxy proxy = HttpProxy.reverseProxy(OPTIONS, client)
                .origin(proxyContext -> open(route, context, proxyContext))
                .addInterceptor(new UpstreamFailures(route.upstream(), context, problems));
        if (retryable) {
            proxy.addInterceptor(new StaleConnectionRetry());
        }
        proxy.addInterceptor(new ForwardedRequest(context)).handle(context.request());
    }

    /**
     * HTTP/2 frames its bodies, so an HTTP/2 caller may send one without {@code Content-Length}; Vert.x' proxy (4.5)
     * would then forward it over HTTP/1.1 with neither length nor chunking, and the service would see no body at
     * all. Such a request goes upstream chunked, as later vertx-http-proxy releases do themselves
     * (eclipse-vertx/vertx-http-proxy#147); whether it has a body at all is not known before it is read.
     */
    private static void declareStreamedBody(HttpServerRequest request) {
        if (request.version() == HttpVersion.HTTP_2 && !request.headers().contains(HttpHeaders.CONTENT_LENGTH)) {
            request.headers().set(HttpHeaders.TRANSFER_ENCODING, HttpHeaders.CHUNKED);
        }
    }

    private Future<HttpClientRequest> open(ProxyRoute route, RoutingContext context, ProxyContext proxyContext) {
        boolean fresh = Boolean.TRUE.equals(proxyContext.get(StaleConnectionRetry.FRESH_CONNECTION, Boolean.class));
        return (fresh ? freshClient : client).request(new RequestOptions(origins.get(route.upstream())))
                .onSuccess(request -> watchBody(route, context, proxyContext.request(), request));
    }

    /**
     * Vert.x counts a request's idle timeout from the moment it has a connection, and only the service's answer
     * resets it: the clock must start once the whole body is upstream, or a slow upload would end in a 504. A body
     * of unknown length that grows past the route's limit is cut off: the service sees a reset, the caller a 413.
     */
    private void watchBody(ProxyRoute route, RoutingContext context, ProxyRequest proxyRequest,
            HttpClientRequest upstreamRequest) {
        long readTimeout = config.readTimeout().toMillis();
        Body body = proxyRequest.getBody();
        if (body == null) {
            upstreamRequest.idleTimeout(readTimeout);
            return;
        }
        long limit = bodyLimits.limitOf(route);
        proxyRequest.setBody(Body.body(new WatchedBody(body.stream(), limit,
                () -> upstreamRequest.idleTimeout(readTimeout),
                () -> {
                    BodyLimits.markExceeded(context, limit);
                    upstreamRequest.reset();
                }), body.length()));
    }

    /** Where requests for {@code upstream} go; a base URL with a path or query is refused at startup. */
    private static RequestOptions origin(Upstream upstream, URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null || path.length() > 1
                || url.getRawQuery() != null) {
            throw new IllegalStateException(
                    "the base URL of " + upstream.serviceName() + " must be http(s)://host[:port], not " + url);
        }
        boolean secure = scheme.equals("https");
        return new RequestOptions()
                .setHost(url.getHost())
                .setPort(url.getPort() > 0 ? url.getPort() : secure ? 443 : 80)
                .setSsl(secure);
    }
}
