package app.memoryvault.gateway.security;

import app.memoryvault.gateway.protection.RateLimiter;
import app.memoryvault.platform.problem.ProblemResponses;
import app.memoryvault.platform.problem.RoutingProblems;
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
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Lets a request on a proxied route through only for a caller with a valid bearer token or browser session and the
 * route's role, within the caller's rate limit; anyone else gets a 401, 403 or 429 problem and the service never
 * sees the request.
 * <p>
 * Authentication is lazy (platform default), so nothing has checked the token when a plain Vert.x route runs:
 * this handler resolves the deferred identity that Quarkus' authentication handler left on the routing context.
 * It replaces Quarkus' auth failure handler for the request, which would otherwise answer an invalid token with
 * an empty 401 (or a login redirect) before we can write the problem.
 */
@ApplicationScoped
public class ApiAccess {

    private static final Logger LOG = Logger.getLogger(ApiAccess.class);
    private static final String IDENTITY = ApiAccess.class.getName() + ".identity";
    private static final BiConsumer<RoutingContext, Throwable> ANSWERED_BY_API_ACCESS = (context, failure) -> {
    };

    private final RoutingProblems problems;
    private final RateLimiter rateLimiter;

    public ApiAccess(RoutingProblems problems, RateLimiter rateLimiter) {
        this.problems = problems;
        this.rateLimiter = rateLimiter;
    }

    /** A handler that passes on only requests of callers with {@code role}. */
    public Handler<RoutingContext> requiring(String role) {
        return context -> check(context, role);
    }

    /** The caller that {@link #requiring} let through. */
    public static SecurityIdentity identityOf(RoutingContext context) {
        return context.get(IDENTITY);
    }

    private void check(RoutingContext context, String role) {
        // The body stays in the socket until the caller is known; the proxy resumes it when it streams it upstream.
        context.request().pause();
        context.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, ANSWERED_BY_API_ACCESS);
        Context requestContext = Vertx.currentContext();
        QuarkusHttpUser.getSecurityIdentity(context, null).subscribe().with(
                identity -> onRequestContext(requestContext, () -> decide(context, identity, role)),
                failure -> onRequestContext(requestContext, () -> reject(context, failure)));
    }

    private void decide(RoutingContext context, SecurityIdentity identity, String role) {
        String path = context.normalizedPath();
        if (identity == null || identity.isAnonymous()) {
            problems.send(context, ProblemResponses.missingToken(path));
        } else if (!identity.hasRole(role)) {
            problems.send(context, ProblemResponses.missingRole(path));
        } else {
            rateLimiter.checkUser(subjectOf(identity), path).ifPresentOrElse(
                    problem -> problems.send(context, problem),
                    () -> {
                        context.put(IDENTITY, identity);
                        context.next();
                    });
        }
    }

    /** The token's subject (the owner id everywhere in the suite), not the display name the principal carries. */
    private static String subjectOf(SecurityIdentity identity) {
        return identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null
                ? token.getSubject()
                : identity.getPrincipal().getName();
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
