package app.memoryvault.gateway.session;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import app.memoryvault.gateway.session.BrowserSessionTest.Browser;
import app.memoryvault.gateway.upstreams.Echo;
import app.memoryvault.gateway.upstreams.EchoUpstreams;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A long session outlives its first tokens: the gateway refreshes them with the refresh token and forwards the new
 * access token. (The profile makes every token count as about to expire, so the refresh happens at once.)
 */
@QuarkusTest
@TestProfile(SessionRefreshTest.TokensAboutToExpire.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(EchoUpstreams.class)
class SessionRefreshTest {

    /** Refreshes whenever the ID token expires within ten years, that is on the next request. */
    public static class TokensAboutToExpire implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.web.token.refresh-token-time-skew", "3650D");
        }
    }

    @OidcWireMock
    WireMockServer identityProvider;

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void shouldRefreshTheTokensOfALongSessionAndForwardTheNewAccessToken() throws Exception {
        String refreshed = OidcWiremockTestResource.getAccessToken("alice", Set.of("user"));
        identityProvider.stubFor(post(urlEqualTo("/auth/realms/quarkus/token"))
                .withRequestBody(containing("grant_type=refresh_token"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"access_token\":\"" + refreshed + "\",\"refresh_token\":\"second-refresh-token\","
                                + "\"id_token\":\"{{basic-scheme-id-token 'alice'}}\",\"expires_in\":300}")
                        .withTransformers("response-template")));
        Browser browser = Browser.loggedIn(uri("/login"));

        HttpResponse<String> proxied = browser.get(uri("/api/review/due"));

        assertThat(proxied.statusCode()).isEqualTo(200);
        Echo echo = new ObjectMapper().readValue(proxied.body(), Echo.class);
        assertThat(echo.header("authorization")).containsExactly("Bearer " + refreshed);
        identityProvider.verify(postRequestedFor(urlEqualTo("/auth/realms/quarkus/token"))
                .withRequestBody(containing("refresh_token=07e08903-1263-4dd1-9fd1-4a59b0db5283")));
    }

    private URI uri(String path) {
        return URI.create(gateway.toString().replaceFirst("/$", "") + path);
    }
}
