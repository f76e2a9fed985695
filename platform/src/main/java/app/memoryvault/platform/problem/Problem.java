package app.memoryvault.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem details body. {@code type} is a stable URN per error kind; {@code errors} lists the
 * offending fields of a validation failure; {@code retryAfterSeconds}, {@code used} and {@code limit} appear only
 * where they help a client react.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        List<FieldError> errors,
        Long retryAfterSeconds,
        Long used,
        Long limit) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:memoryvault:problem:";

    /** One invalid input: where it is ({@code field}, a JSON path like {@code front[0].text}) and what is wrong. */
    public record FieldError(String field, String message) {
    }

    public static Problem of(int status, String slug, String title, String detail, String instance) {
        return new Problem(TYPE_PREFIX + slug, title, status, detail, instance, null, null, null, null);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, fieldErrors, retryAfterSeconds, used, limit);
    }

    public Problem withRetryAfter(long seconds) {
        return new Problem(type, title, status, detail, instance, errors, seconds, used, limit);
    }

    public Problem withUsage(long usedAmount, long limitAmount) {
        return new Problem(type, title, status, detail, instance, errors, retryAfterSeconds, usedAmount, limitAmount);
    }
}
