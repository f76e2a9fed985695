package app.memoryvault.gateway.upstreams;

import java.util.List;
import java.util.Map;

/** What an echo upstream received, as it answers it. */
public record Echo(String upstream, String method, String path, String uri, String query,
        Map<String, List<String>> headers, long bodyLength, String bodySha256) {

    /** The values of a header as the service received it (names are lower case). */
    public List<String> header(String name) {
        return headers.getOrDefault(name.toLowerCase(), List.of());
    }
}
