package app.memoryvault.gateway.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import app.memoryvault.gateway.upstreams.EchoUpstreams;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The web app at /: index.html for the app's own routes, never cached; hashed assets cached for good; a CSP it runs under. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(EchoUpstreams.class)
class WebAppTest {

    private static final Pattern SCRIPT = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"");

    @Test
    void shouldServeTheAppAtTheRootUncachedUnderAStrictPolicy() {
        Response index = given().when().get("/");

        index.then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Cache-Control", equalTo("no-cache"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("X-Frame-Options", equalTo("DENY"))
                .body(containsString("<div id=\"app\"></div>"));
        assertThat(index.body().asString()).doesNotContainPattern("<script>|<script type=\"module\">");
    }

    @Test
    void shouldAnswerTheAppsClientRoutesWithIndexHtml() {
        String index = given().when().get("/").then().extract().body().asString();

        for (String route : new String[] {"/decks/0b8f7c1e-1b2a-4c61-9a55-6f0e7f3b9d10", "/review", "/stats", "/settings",
                "/cards/0b8f7c1e-1b2a-4c61-9a55-6f0e7f3b9d10"}) {
            given().when().get(route).then().statusCode(200)
                    .header("Cache-Control", equalTo("no-cache"))
                    .header("Content-Security-Policy", containsString("default-src 'self'"))
                    .body(equalTo(index));
        }
    }

    @Test
    void shouldCacheTheHashedAssetsForAYear() {
        Matcher script = SCRIPT.matcher(given().when().get("/").then().extract().body().asString());
        assertThat(script.find()).isTrue();

        given().when().get(script.group(1)).then().statusCode(200)
                .contentType(containsString("javascript"))
                .header("Cache-Control", equalTo("public, max-age=31536000, immutable"));
        given().when().get("/assets/missing-0000.js").then().statusCode(404)
                .header("Cache-Control", not(equalTo("public, max-age=31536000, immutable")));
    }

    @Test
    void shouldLeaveTheApiLoginAndToolsToTheirOwnHandlers() {
        given().when().get("/api/decks").then().statusCode(401).contentType("application/problem+json")
                .header("Content-Security-Policy", equalTo("default-src 'none'; frame-ancestors 'none'"));
        given().when().get("/api/nothing-here").then().statusCode(404).body(not(containsString("<div id=\"app\">")));
        given().redirects().follow(false).when().get("/login").then().statusCode(302)
                .header("Location", containsString("response_type=code"));
        given().redirects().follow(false).when().get("/login?prompt=create").then().statusCode(302)
                .header("Location", containsString("prompt=create"));
        given().when().get("/q/swagger-ui/index.html").then().statusCode(200)
                .body(not(containsString("<div id=\"app\">")));
        // /q/health is on the management port only: here it is not found, and not the app either.
        given().when().get("/q/health/live").then().statusCode(404).body(not(containsString("<div id=\"app\">")));
    }
}
