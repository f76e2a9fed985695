package app.memoryvault.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;

/** Writes RFC 9457 problems from plain Vert.x routes, which the platform's JAX-RS exception mappers never see. */
@ApplicationScoped
public class RoutingProblems {

    private final ObjectMapper objectMapper;

    public RoutingProblems(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    /** The problem for a bare status, with the platform's stable slug and title. */
    public static Problem of(int status, String detail, RoutingContext context) {
        return ProblemResponses.forStatus(status, detail, context.normalizedPath());
    }

    public void send(RoutingContext context, Problem problem) {
        if (context.response().ended()) {
            return;
        }
        ProblemResponses.headers(problem).forEach(context.response()::putHeader);
        context.response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(json(problem));
    }

    public Buffer json(Problem problem) {
        try {
            return Buffer.buffer(objectMapper.writeValueAsBytes(problem));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
