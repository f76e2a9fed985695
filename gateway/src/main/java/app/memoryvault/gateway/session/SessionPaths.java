package app.memoryvault.gateway.session;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * The browser's way in and out. {@code /login} starts the code flow (quarkus-oidc redirects to the identity provider
 * and back here), then sends the signed-in browser to the web app. {@code /logout} is handled by quarkus-oidc
 * (RP-initiated logout: the session cookie is cleared and the identity provider's session ended).
 */
@Path(SessionPaths.LOGIN)
@Authenticated
public class SessionPaths {

    public static final String LOGIN = "/login";
    public static final String LOGOUT = "/logout";

    @GET
    public Response login() {
        return Response.seeOther(URI.create("/")).build();
    }
}
