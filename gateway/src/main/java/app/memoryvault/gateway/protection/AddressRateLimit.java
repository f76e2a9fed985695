package app.memoryvault.gateway.protection;

import app.memoryvault.platform.problem.RoutingProblems;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Limits /api requests per client address before any token is validated, so a flood of requests with forged tokens
 * costs the gateway next to nothing. CORS preflights are answered earlier and are not counted.
 */
@ApplicationScoped
public class AddressRateLimit {

    /** After CORS (-300), before authentication (-200). */
    static final int ORDER = -250;

    private final RateLimiter limiter;
    private final RoutingProblems problems;

    public AddressRateLimit(RateLimiter limiter, RoutingProblems problems) {
        this.limiter = limiter;
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.route("/api/*").order(ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        SocketAddress client = context.request().remoteAddress();
        String address = client == null ? "unknown" : client.hostAddress();
        limiter.checkAddress(address, context.normalizedPath()).ifPresentOrElse(
                problem -> problems.send(context, problem),
                context::next);
    }
}
