package app.memoryvault.gateway.proxy;

import io.vertx.core.MultiMap;
import java.util.List;

/**
 * Headers that describe one connection, not the message (RFC 9110, section 7.6.1), so a proxy must not pass them on:
 * the fixed set and every header the {@code Connection} header names. Vert.x' proxy drops the fixed set on requests
 * only.
 */
final class HopByHopHeaders {

    private static final List<String> FIXED = List.of(
            "Connection", "Keep-Alive", "Proxy-Connection", "Proxy-Authenticate", "Proxy-Authorization", "TE",
            "Trailer", "Transfer-Encoding", "Upgrade");

    private HopByHopHeaders() {
    }

    static void remove(MultiMap headers) {
        for (String connection : headers.getAll("Connection")) {
            for (String name : connection.split(",")) {
                if (!name.isBlank()) {
                    headers.remove(name.trim());
                }
            }
        }
        FIXED.forEach(headers::remove);
    }
}
