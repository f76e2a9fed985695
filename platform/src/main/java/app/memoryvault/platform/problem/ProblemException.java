package app.memoryvault.platform.problem;

import jakarta.ws.rs.WebApplicationException;
import java.util.List;

/**
 * Thrown by a service for an error a client can act on; mapped to problem+json by {@link ProblemMappers}. It is a
 * {@link WebApplicationException} so that JAX-RS keeps it as it is when it comes out of a parameter converter.
 * The slug becomes the stable {@code type} ({@code urn:memoryvault:problem:<slug>}).
 */
public class ProblemException extends WebApplicationException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail(), problem.status());
        this.problem = problem;
    }

    public ProblemException(int status, String slug, String title, String detail) {
        this(Problem.of(status, slug, title, detail, null));
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", what + " " + id + " does not exist");
    }

    public static ProblemException conflict(String slug, String detail) {
        return new ProblemException(409, slug, "Conflict", detail);
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(412, "precondition-failed", "Precondition failed", detail);
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(Problem.of(400, "validation", "Request is not valid", field + ": " + message, null)
                .withErrors(List.of(new Problem.FieldError(field, message))));
    }
}
