package app.memoryvault.platform.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;

/** Renders a Jackson reference path as the JSON path a client wrote, for example {@code front[0].kind}. */
final class JsonPaths {

    private JsonPaths() {
    }

    static String of(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            } else {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            }
        }
        return field.toString();
    }
}
