package app.memoryvault.platform.input;

import app.memoryvault.platform.problem.ProblemException;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Refuses query and path parameters with a NUL character before any resource reads them. */
public class NulParameterFilter {

    @ServerRequestFilter(preMatching = true)
    public void rejectNulCharacters(UriInfo uri) {
        if (NulCharacters.in(uri.getPath())) {
            throw ProblemException.invalid("path", NulCharacters.MESSAGE);
        }
        for (Map.Entry<String, List<String>> parameter : uri.getQueryParameters().entrySet()) {
            if (parameter.getValue().stream().anyMatch(NulCharacters::in)) {
                throw ProblemException.invalid(parameter.getKey(), NulCharacters.MESSAGE);
            }
        }
    }
}
