package app.memoryvault.platform.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the HTTP response for a problem: status, problem+json body, and the headers some statuses require. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(Problem problem) {
        Response.ResponseBuilder response = Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem);
        headers(problem).forEach(response::header);
        return response.build();
    }

    /** The headers a problem's status asks for: the auth scheme to use after a 401, when to retry after a 429. */
    public static Map<String, String> headers(Problem problem) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (problem.status() == 401) {
            headers.put(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        if (problem.retryAfterSeconds() != null) {
            headers.put(HttpHeaders.RETRY_AFTER, String.valueOf(problem.retryAfterSeconds()));
        }
        return headers;
    }

    public static Problem missingToken(String instance) {
        return forStatus(401, "a valid bearer token is required", instance);
    }

    public static Problem invalidToken(String instance) {
        return forStatus(401, "the bearer token is missing, expired or not valid", instance);
    }

    public static Problem missingRole(String instance) {
        return forStatus(403, "your account lacks the role this operation needs", instance);
    }

    /** A 500 that tells the client only an id to quote; the cause is logged under that id. */
    public static Problem unexpected(String errorId, String instance) {
        return forStatus(500, "an unexpected error occurred; quote error id " + errorId + " when reporting it", instance);
    }

    /** The stable slug and title for a bare HTTP status, used when a framework error carries nothing better. */
    public static Problem forStatus(int status, String detail, String instance) {
        return switch (status) {
            case 400 -> Problem.of(status, "bad-request", "Bad request", detail, instance);
            case 401 -> Problem.of(status, "unauthenticated", "Authentication required", detail, instance);
            case 403 -> Problem.of(status, "forbidden", "Forbidden", detail, instance);
            case 404 -> Problem.of(status, "not-found", "Not found", detail, instance);
            case 405 -> Problem.of(status, "method-not-allowed", "Method not allowed", detail, instance);
            case 406 -> Problem.of(status, "not-acceptable", "Not acceptable", detail, instance);
            case 409 -> Problem.of(status, "conflict", "Conflict", detail, instance);
            case 412 -> Problem.of(status, "precondition-failed", "Precondition failed", detail, instance);
            case 413 -> Problem.of(status, "payload-too-large", "Payload too large", detail, instance);
            case 415 -> Problem.of(status, "unsupported-media-type", "Unsupported media type", detail, instance);
            case 428 -> Problem.of(status, "precondition-required", "Precondition required", detail, instance);
            case 429 -> Problem.of(status, "rate-limited", "Too many requests", detail, instance);
            case 502 -> Problem.of(status, "bad-gateway", "Bad gateway", detail, instance);
            case 503 -> Problem.of(status, "service-unavailable", "Service unavailable", detail, instance);
            case 504 -> Problem.of(status, "gateway-timeout", "Gateway timeout", detail, instance);
            default -> status >= 500
                    ? Problem.of(status, "internal", "Internal error", detail, instance)
                    : Problem.of(status, "http-" + status, "HTTP " + status, detail, instance);
        };
    }
}
