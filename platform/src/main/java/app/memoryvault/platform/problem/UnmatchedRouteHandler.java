package app.memoryvault.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Answers a request that no route matched with a 404 problem instead of the HTTP server's plain-text page. */
@ApplicationScoped
public class UnmatchedRouteHandler {

    private final ObjectMapper objectMapper;

    public UnmatchedRouteHandler(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    void install(@Observes Router router) {
        router.route().last().handler(this::notFound);
    }

    private void notFound(RoutingContext context) {
        Problem problem = ProblemResponses.forStatus(404,
                "no resource at " + context.request().method() + " " + context.normalizedPath(), context.normalizedPath());
        try {
            context.response()
                    .setStatusCode(404)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(objectMapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }
}
