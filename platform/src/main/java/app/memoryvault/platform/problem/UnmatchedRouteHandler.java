package app.memoryvault.platform.problem;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Answers a request that no route matched with a 404 problem instead of the HTTP server's plain-text page. */
@ApplicationScoped
public class UnmatchedRouteHandler {

    private final RoutingProblems problems;

    public UnmatchedRouteHandler(RoutingProblems problems) {
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.route().last().handler(this::notFound);
    }

    private void notFound(RoutingContext context) {
        problems.send(context, RoutingProblems.of(404,
                "no resource at " + context.request().method() + " " + context.normalizedPath(), context));
    }
}
