package app.memoryvault.platform.problem;

import jakarta.validation.ConstraintViolation;

/** Turns a bean-validation property path into the field name the client sent. */
final class ViolationPaths {

    private ViolationPaths() {
    }

    /**
     * Endpoint violations come as {@code create.request.front[0].text} (method, body parameter, JSON path) or
     * {@code list.limit} (method, query parameter): the client sees {@code front[0].text} and {@code limit}.
     */
    static String field(ConstraintViolation<?> violation) {
        String[] parts = violation.getPropertyPath().toString().split("\\.", 3);
        return parts[parts.length - 1];
    }
}
