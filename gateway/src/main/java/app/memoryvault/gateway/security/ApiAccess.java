package app.memoryvault.gateway.security;

import app.memoryvault.platform.problem.ProblemResponses;
import app.memoryvault.platform.problem.RoutingProblems;
import app.memoryvault.platform.security.Roles;
import io.quarkus.security.AuthenticationException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.jboss.logging.Logger;

/**
 * Lets a request on a proxied route through only for a caller with a valid bearer token and the {@code user} role;
 * anyone else gets a 401 or 403 problem and the service never sees the request.
 * <p>
 * Authentication is lazy (platform default), so nothing has checked the token when a plain Vert.x route runs:
 * this handler resolves the deferred identity that Quarkus' authentication handler left on the routing context.
 * It replaces Quarkus' auth failure handler for the request, which would otherwise answer an invalid token with
 * an empty 401 before we can write the problem.
 */
@ApplicationScoped
public class ApiAccess implements Handler<RoutingContext> {

    private static final Logger LOG = Logger.getLogger(ApiAccess.class);
    private static final BiConsumer<RoutingContext, Throwable> ANSWERED_BY_API_ACCESS = (context, failure) -> {
    };

    private final RoutingProblems problems;

    public ApiAccess(RoutingProblems problems) {
        this.problems = problems;
    }

    @Override
    public void handle(RoutingContext context) {
        // The body stays in the socket until the caller is known; the proxy resumes it when it streams it upstream.
        context.request().pause();
        context.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, ANSWERED_BY_API_ACCESS);
        Context requestContext = Vertx.currentContext();
        QuarkusHttpUser.getSecurityIdentity(context, null).subscribe().with(
                identity -> onRequestContext(requestContext, () -> decide(context, identity)),
                failure -> onRequestContext(requestContext, () -> reject(context, failure)));
    }

    private void decide(RoutingContext context, SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            problems.send(context, ProblemResponses.missingToken(context.normalizedPath()));
        } else if (!identity.hasRole(Roles.USER)) {
            problems.send(context, ProblemResponses.missingRole(context.normalizedPath()));
        } else {
            context.next();
        }
    }

    private void reject(RoutingContext context, Throwable failure) {
        if (failure instanceof AuthenticationException) {
            problems.send(context, ProblemResponses.invalidToken(context.normalizedPath()));
            return;
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(failure, "authentication error %s on %s", errorId, context.normalizedPath());
        problems.send(context, ProblemResponses.unexpected(errorId, context.normalizedPath()));
    }

    /** Identity providers may complete on another thread; the request is only touched on its own Vert.x context. */
    private static void onRequestContext(Context requestContext, Runnable action) {
        if (requestContext == null || Vertx.currentContext() == requestContext) {
            action.run();
        } else {
            requestContext.runOnContext(ignored -> action.run());
        }
    }
}
