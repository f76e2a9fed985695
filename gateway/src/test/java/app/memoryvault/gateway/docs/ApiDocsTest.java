package app.memoryvault.gateway.docs;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import app.memoryvault.gateway.upstreams.EchoUpstreams;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One Swagger UI at the gateway with every service's OpenAPI document, usable with an OIDC login. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(EchoUpstreams.class)
class ApiDocsTest {

    @ParameterizedTest
    @ValueSource(strings = {"card-service", "media-service", "review-service"})
    void shouldServeEachServicesDocumentThroughTheGateway(String service) {
        String upstream = service.replace("-service", "");

        given().when().get("/q/openapi/" + service)
                .then().statusCode(200)
                .contentType("application/json")
                .body("info.title", equalTo(upstream))
                .body("$", not(hasKey("servers")))
                .body("components.securitySchemes.oidc.type", equalTo("openIdConnect"))
                .body("components.securitySchemes.oidc.openIdConnectUrl", containsString("/.well-known/openid-configuration"))
                .body("components.securitySchemes", hasKey("SecurityScheme"))
                .body("paths.'/api/" + upstream + "'.get.security", hasItem(hasKey("oidc")));
    }

    @Test
    void shouldAnswerAnUnknownServiceWithProblem() {
        given().when().get("/q/openapi/billing-service")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldListEveryDocumentInTheSwaggerUi() {
        given().when().get("/q/swagger-ui/index.html")
                .then().statusCode(200)
                .body(containsString("/q/openapi/card-service"))
                .body(containsString("/q/openapi/media-service"))
                .body(containsString("/q/openapi/review-service"))
                .body(containsString("memoryvault-docs"))
                .body(containsString("usePkceWithAuthorizationCodeGrant: true"));
    }
}
