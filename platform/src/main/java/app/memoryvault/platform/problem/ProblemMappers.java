package app.memoryvault.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place where every error a MemoryVault service can raise becomes an RFC 9457 problem+json response. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException exception, UriInfo uri) {
        Problem problem = exception.problem();
        return ProblemResponses.of(problem.instance() == null ? withInstance(problem, uri) : problem);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException exception, UriInfo uri) {
        List<Problem.FieldError> errors = exception.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(ViolationPaths.field(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.size() == 1
                ? errors.getFirst().field() + ": " + errors.getFirst().message()
                : errors.size() + " fields are not valid";
        return ProblemResponses.of(Problem.of(400, "validation", "Request is not valid", detail, path(uri))
                .withErrors(errors));
    }

    /** Declared apart from {@link #unreadableJson} because Quarkus ships its own mapper for this exact type. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException exception, UriInfo uri) {
        return unreadableJson(exception, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException exception, UriInfo uri) {
        String detail = "the request body is not valid JSON for this operation";
        List<Problem.FieldError> errors = null;
        if (exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = JsonPaths.of(mapping.getPath());
            String message = exception instanceof InvalidFormatException invalid && invalid.getTargetType() == String.class
                    ? invalid.getOriginalMessage()
                    : "has the wrong type or format";
            errors = List.of(new Problem.FieldError(field, message));
            detail = field + " " + message;
        }
        return ProblemResponses.of(Problem.of(400, "malformed-body", "Request body is not readable", detail, path(uri))
                .withErrors(errors));
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException exception, UriInfo uri) {
        return ProblemResponses.of(ProblemResponses.missingToken(path(uri)));
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException exception, UriInfo uri) {
        return ProblemResponses.of(ProblemResponses.invalidToken(path(uri)));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException exception, UriInfo uri) {
        return ProblemResponses.of(ProblemResponses.missingRole(path(uri)));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException exception, UriInfo uri) {
        if (exception.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        int status = exception.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(exception, uri);
        }
        return ProblemResponses.of(ProblemResponses.forStatus(status, exception.getMessage(), path(uri)));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable exception, UriInfo uri) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(exception, "unexpected error %s on %s", errorId, path(uri));
        return ProblemResponses.of(ProblemResponses.unexpected(errorId, path(uri)));
    }

    private static Problem withInstance(Problem problem, UriInfo uri) {
        return new Problem(problem.type(), problem.title(), problem.status(), problem.detail(), path(uri),
                problem.errors(), problem.retryAfterSeconds(), problem.used(), problem.limit());
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }
}
