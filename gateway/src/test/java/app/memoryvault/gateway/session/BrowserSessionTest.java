package app.memoryvault.gateway.session;

import static org.assertj.core.api.Assertions.assertThat;

import app.memoryvault.gateway.upstreams.Echo;
import app.memoryvault.gateway.upstreams.EchoUpstreams;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A browser's way through the authorisation-code flow with PKCE against the OIDC test server, step by step as a
 * browser takes it (redirects followed by hand, cookies kept by {@link Browser}), then its session used on the API
 * and ended by logout.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(EchoUpstreams.class)
class BrowserSessionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void shouldLogInWithTheCodeFlowAndPkceAndUseTheSessionOnTheApi() throws Exception {
        Browser browser = new Browser();

        HttpResponse<String> toIdentityProvider = browser.get(gatewayUri("/login"));
        assertThat(toIdentityProvider.statusCode()).isEqualTo(302);
        URI authorization = location(toIdentityProvider);
        assertThat(authorization.getQuery())
                .contains("response_type=code", "client_id=quarkus-web-app", "scope=openid+profile", "code_challenge=",
                        "code_challenge_method=S256");

        // The identity provider's login form posts to /login, which sends the browser back with a code.
        String query = authorization.getRawQuery();
        HttpResponse<String> loggedIn = browser.get(authorization.resolve("/login?" + query));
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        URI callback = location(loggedIn);
        assertThat(callback.getPath()).isEqualTo("/login");
        assertThat(callback.getQuery()).contains("code=", "state=");

        HttpResponse<String> sessionStarted = browser.get(callback);
        assertThat(sessionStarted.statusCode()).isEqualTo(302);
        String sessionCookie = sessionStarted.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("q_session_web=")).findFirst().orElseThrow();
        assertThat(sessionCookie.toLowerCase()).contains("; httponly", "; secure", "; samesite=lax");

        HttpResponse<String> toWebApp = browser.get(gatewayUri(location(sessionStarted).getPath()));
        assertThat(toWebApp.statusCode()).isEqualTo(303);
        assertThat(location(toWebApp).getPath()).isEqualTo("/");

        HttpResponse<String> me = browser.get(gatewayUri("/api/me"));
        assertThat(me.statusCode()).isEqualTo(200);
        JsonNode meJson = JSON.readTree(me.body());
        assertThat(meJson.get("name").asText()).isEqualTo("alice");
        assertThat(meJson.get("roles").toString()).contains("\"user\"", "\"admin\"");
        assertThat(meJson.get("settings").get("headers").get("authorization").get(0).asText()).startsWith("Bearer ey");

        HttpResponse<String> proxied = browser.get(gatewayUri("/api/cards?deckId=7"));
        assertThat(proxied.statusCode()).isEqualTo(200);
        Echo echo = JSON.readValue(proxied.body(), Echo.class);
        assertThat(echo.header("authorization")).singleElement().asString().startsWith("Bearer ey");
        assertThat(echo.header("cookie")).isNullOrEmpty();
    }

    @Test
    void shouldEndBothSessionsOnLogout() throws Exception {
        Browser browser = Browser.loggedIn(gatewayUri("/login"));

        HttpResponse<String> logout = browser.get(gatewayUri("/logout"));

        assertThat(logout.statusCode()).isEqualTo(302);
        URI endSession = location(logout);
        assertThat(endSession.getPath()).endsWith("/protocol/openid-connect/end-session");
        assertThat(endSession.getQuery()).contains("id_token_hint=", "post_logout_redirect_uri=");
        assertThat(logout.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("q_session_web=").containsIgnoringCase("Max-Age=0"));
        assertThat(browser.get(gatewayUri("/api/me")).statusCode()).isEqualTo(401);
    }

    @Test
    void shouldAnswerAnApiCallWithoutTokenOrSession401NotARedirect() throws Exception {
        HttpResponse<String> anonymous = new Browser().get(gatewayUri("/api/decks"));

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).contains("application/problem+json");
    }

    @Test
    void shouldNotAcceptAForgedSessionCookie() throws Exception {
        Browser browser = new Browser();
        browser.cookies.add("q_session_web=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..forged.forged.forged");

        HttpResponse<String> forged = browser.get(gatewayUri("/api/decks"));

        assertThat(forged.statusCode()).isEqualTo(401);
    }

    URI gatewayUri(String path) {
        return URI.create(gateway.toString().replaceFirst("/$", "") + path);
    }

    static URI location(HttpResponse<String> response) {
        return response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
    }

    /** Follows nothing by itself and keeps the cookies it is given (for the one host of each test). */
    static final class Browser {

        private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        private final List<String> cookies = new ArrayList<>();

        static Browser loggedIn(URI login) throws Exception {
            Browser browser = new Browser();
            URI authorization = location(browser.get(login));
            URI callback = location(browser.get(authorization.resolve("/login?" + authorization.getRawQuery())));
            browser.get(callback);
            return browser;
        }

        HttpResponse<String> get(URI uri) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET();
            if (!cookies.isEmpty()) {
                request.header("Cookie", String.join("; ", cookies));
            }
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String setCookie : response.headers().allValues("Set-Cookie")) {
                String pair = setCookie.split(";", 2)[0];
                String name = pair.substring(0, pair.indexOf('='));
                cookies.removeIf(cookie -> cookie.startsWith(name + "="));
                if (!setCookie.toLowerCase().contains("max-age=0")) {
                    cookies.add(pair);
                }
            }
            return response;
        }
    }
}
