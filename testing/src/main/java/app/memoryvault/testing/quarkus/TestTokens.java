package app.memoryvault.testing.quarkus;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.Set;

/**
 * Access tokens signed by the OIDC test server ({@link OidcWiremockTestResource}). Each user gets its own subject
 * ({@code sub-<name>}), so tests can prove one user never sees another's data.
 */
public final class TestTokens {

    private TestTokens() {
    }

    /** A token for {@code user} with the {@code user} role. */
    public static String user(String user) {
        return withRoles(user, "user");
    }

    public static String withRoles(String user, String... roles) {
        return OidcWiremockTestResource.generateJwtToken(user, Set.of(roles), subjectOf(user));
    }

    public static String subjectOf(String user) {
        return "sub-" + user;
    }
}
