package app.memoryvault.systemtests;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.jwt.build.Jwt;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

/**
 * Lets browser sessions outlive the OIDC test server's five-minute tokens: its token endpoint answers the refresh
 * grant, which it does not by itself, with an access token for the code flow's user that lasts {@link #LIFETIME}
 * and a new ID token, as Keycloak would. Without it a slow end-to-end run loses its session after four minutes,
 * when the gateway refreshes the tokens (one minute before they expire).
 */
final class SessionRefresh {

    static final Duration LIFETIME = Duration.ofHours(2);

    private SessionRefresh() {
    }

    /** {@code keycloakUrl} as the test server gives it: {@code http://host:port/auth}. */
    static void allow(String keycloakUrl) {
        URI server = URI.create(keycloakUrl);
        new WireMock(server.getHost(), server.getPort()).register(post(urlEqualTo("/auth/realms/quarkus/token"))
                .withRequestBody(containing("grant_type=refresh_token"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"access_token\":\"" + longLivedAccessToken() + "\",\"refresh_token\":\"refreshed\","
                                + "\"id_token\":\"{{basic-scheme-id-token 'alice'}}\",\"expires_in\":"
                                + LIFETIME.toSeconds() + "}")
                        .withTransformers("response-template")));
    }

    /** The claims of the code flow's access token (user alice, roles user and admin), signed again to last longer. */
    private static String longLivedAccessToken() {
        String codeFlowToken = OidcWiremockTestResource.getAccessToken("alice", Set.of("user", "admin"));
        String claims = new String(Base64.getUrlDecoder().decode(codeFlowToken.split("\\.")[1]), StandardCharsets.UTF_8);
        return Jwt.claimsJson(claims).expiresIn(LIFETIME).jws().keyId("1").sign("privateKey.jwk");
    }
}
