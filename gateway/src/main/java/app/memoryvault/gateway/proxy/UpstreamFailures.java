package app.memoryvault.gateway.proxy;

import app.memoryvault.gateway.http.RequestIds;
import app.memoryvault.platform.problem.Problem;
import app.memoryvault.platform.problem.RoutingProblems;
import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Turns a service that cannot be reached into a 502 problem and one that does not answer in time into a 504
 * problem, where Vert.x' proxy would send an empty 502 (only {@link StaleConnectionRetry} ever sends a request twice).
 */
final class UpstreamFailures implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(UpstreamFailures.class);

    private final Upstream upstream;
    private final RoutingContext routing;
    private final RoutingProblems problems;

    UpstreamFailures(Upstream upstream, RoutingContext routing, RoutingProblems problems) {
        this.upstream = upstream;
        this.routing = routing;
        this.problems = problems;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        return context.sendRequest().recover(failure -> Future.succeededFuture(answer(context, failure)));
    }

    private ProxyResponse answer(ProxyContext context, Throwable failure) {
        Problem tooLarge = BodyLimits.problemIfExceeded(routing);
        if (tooLarge != null) {
            return respond(context, tooLarge);
        }
        boolean timedOut = failure instanceof TimeoutException || failure instanceof ConnectTimeoutException;
        LOG.warnf("%s %s to %s failed (request %s): %s", routing.request().method(), routing.normalizedPath(),
                upstream.serviceName(), RequestIds.of(routing), failure.toString());
        Problem problem = timedOut
                ? RoutingProblems.of(504, upstream.serviceName() + " did not answer in time", routing)
                : RoutingProblems.of(502, upstream.serviceName() + " is not reachable", routing);
        return respond(context, problem);
    }

    private ProxyResponse respond(ProxyContext context, Problem problem) {
        return context.request().release().response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .setBody(Body.body(problems.json(problem)));
    }
}
