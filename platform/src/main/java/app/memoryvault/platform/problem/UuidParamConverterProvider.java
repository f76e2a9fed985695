package app.memoryvault.platform.problem;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.UUID;

/**
 * Converts UUID path and query parameters with an answer a client can act on: a malformed id in the path is a
 * resource that does not exist (404), a malformed id in a query is a validation error naming the parameter (400).
 * Without it JAX-RS answers 404 for both, without saying why.
 */
@Provider
public class UuidParamConverterProvider implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != UUID.class) {
            return null;
        }
        return (ParamConverter<T>) new UuidConverter(annotations);
    }

    private static final class UuidConverter implements ParamConverter<UUID> {

        private final String queryParameter;
        private final boolean pathParameter;

        UuidConverter(Annotation[] annotations) {
            String query = null;
            boolean path = false;
            for (Annotation annotation : annotations) {
                if (annotation instanceof QueryParam param) {
                    query = param.value();
                } else if (annotation instanceof PathParam) {
                    path = true;
                }
            }
            this.queryParameter = query;
            this.pathParameter = path;
        }

        @Override
        public UUID fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return UUID.fromString(value);
            } catch (IllegalArgumentException e) {
                if (queryParameter != null) {
                    throw ProblemException.invalid(queryParameter, "must be a UUID");
                }
                if (pathParameter) {
                    throw new ProblemException(404, "not-found", "Not found", value + " is not a valid id");
                }
                throw ProblemException.invalid("id", "must be a UUID");
            }
        }

        @Override
        public String toString(UUID value) {
            return value.toString();
        }
    }
}
