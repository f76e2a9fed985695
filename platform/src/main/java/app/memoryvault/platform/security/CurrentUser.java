package app.memoryvault.platform.security;

import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller of the current request; its id (the OIDC subject) scopes every query a service makes. */
@RequestScoped
public class CurrentUser {

    private final JsonWebToken token;

    public CurrentUser(JsonWebToken token) {
        this.token = token;
    }

    /** The OIDC subject of the caller's access token. */
    public String id() {
        String subject = token.getSubject();
        if (subject == null || subject.isBlank()) {
            throw new UnauthorizedException("the access token has no subject");
        }
        return subject;
    }

    /** The caller's user name as the identity provider shows it, for display only. */
    public String name() {
        String name = token.getClaim("preferred_username");
        return name != null ? name : id();
    }
}
