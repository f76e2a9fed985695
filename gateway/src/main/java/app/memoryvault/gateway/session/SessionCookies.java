package app.memoryvault.gateway.session;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The gateway's own browser-session cookies (quarkus-oidc's {@code q_session*} and {@code q_auth*} of the web tenant). */
public final class SessionCookies {

    private static final String SESSION_PREFIX = "q_session_" + SessionTenants.WEB;
    private static final String STATE_PREFIX = "q_auth_" + SessionTenants.WEB;

    private SessionCookies() {
    }

    /** Whether the request carries a browser session of the gateway. */
    public static boolean present(HttpServerRequest request) {
        for (Cookie cookie : request.cookies()) {
            if (cookie.getName().startsWith(SESSION_PREFIX)) {
                return true;
            }
        }
        return false;
    }

    /** A {@code Cookie} header value without the gateway's session cookies, which the services have no use for. */
    public static String withoutSession(String cookieHeader) {
        return Arrays.stream(cookieHeader.split(";"))
                .map(String::trim)
                .filter(cookie -> !cookie.isEmpty() && !cookie.startsWith(SESSION_PREFIX) && !cookie.startsWith(STATE_PREFIX))
                .collect(Collectors.joining("; "));
    }
}
