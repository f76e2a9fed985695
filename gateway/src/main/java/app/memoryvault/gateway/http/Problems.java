package app.memoryvault.gateway.http;

import app.memoryvault.platform.problem.Problem;
import app.memoryvault.platform.problem.ProblemResponses;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;

/** Writes RFC 9457 problems from plain Vert.x routes, which the platform's JAX-RS exception mappers never see. */
@ApplicationScoped
public class Problems {

    private final ObjectMapper objectMapper;

    public Problems(ObjectMapper objectMapper) {
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
        if (problem.status() == 401) {
            context.response().putHeader(HttpHeaderNames.WWW_AUTHENTICATE, "Bearer");
        }
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
