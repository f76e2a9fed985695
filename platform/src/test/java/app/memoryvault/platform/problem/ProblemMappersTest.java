package app.memoryvault.platform.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import app.memoryvault.testing.quarkus.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ProblemMappersTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Test
    void shouldAnswer401ProblemWithoutToken() {
        given().when().get("/api/probe/me")
                .then().statusCode(401)
                .contentType(PROBLEM_JSON)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("urn:memoryvault:problem:unauthenticated"))
                .body("status", equalTo(401));
    }

    @Test
    void shouldAnswer401ProblemForAForgedToken() {
        given().auth().oauth2("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.")
                .when().get("/api/probe/me")
                .then().statusCode(401)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:memoryvault:problem:unauthenticated"));
    }

    @Test
    void shouldAnswer403ProblemWithoutTheUserRole() {
        given().auth().oauth2(TestTokens.withRoles("mallory", "guest"))
                .when().get("/api/probe/me")
                .then().statusCode(403)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:memoryvault:problem:forbidden"));
    }

    @Test
    void shouldAnswer403ProblemForAnAdminRouteCalledByAUser() {
        given().auth().oauth2(TestTokens.user("alice"))
                .when().get("/api/probe/admin")
                .then().statusCode(403)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void shouldIdentifyTheCallerByTokenSubject() {
        given().auth().oauth2(TestTokens.user("alice"))
                .when().get("/api/probe/me")
                .then().statusCode(200)
                .body("id", equalTo(TestTokens.subjectOf("alice")))
                .body("name", equalTo("alice"));
    }

    @Test
    void shouldListEveryInvalidFieldOfABody() {
        given().auth().oauth2(TestTokens.user("alice"))
                .contentType(ContentType.JSON)
                .body("{\"name\":\"far too long a name\",\"count\":0,\"items\":[{\"text\":\" \"}]}")
                .when().post("/api/probe")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:memoryvault:problem:validation"))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("count"))
                .body("errors.field", hasItem("items[0].text"));
    }

    @Test
    void shouldNameAnInvalidQueryParameter() {
        given().auth().oauth2(TestTokens.user("alice"))
                .when().get("/api/probe?limit=1000")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void shouldRejectMalformedJson() {
        given().auth().oauth2(TestTokens.user("alice"))
                .contentType(ContentType.JSON)
                .body("{\"name\": ")
                .when().post("/api/probe")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:memoryvault:problem:malformed-body"));
    }

    @Test
    void shouldNameAFieldOfTheWrongType() {
        given().auth().oauth2(TestTokens.user("alice"))
                .contentType(ContentType.JSON)
                .body("{\"name\":\"n\",\"count\":\"many\",\"items\":[]}")
                .when().post("/api/probe")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:memoryvault:problem:malformed-body"))
                .body("errors[0].field", equalTo("count"));
    }

    @Test
    void shouldRefuseANulCharacterInABodyString() {
        given().auth().oauth2(TestTokens.user("alice"))
                .contentType(ContentType.JSON)
                .body("{\"name\":\"a\\u0000b\",\"count\":1,\"items\":[{\"text\":\"x\\u0000\"}]}")
                .when().post("/api/probe")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].message", containsString("NUL"));
    }

    @Test
    void shouldRefuseANulCharacterInAQueryParameter() {
        given().auth().oauth2(TestTokens.user("alice"))
                .urlEncodingEnabled(false)
                .when().get("/api/probe?limit=1&cursor=a%00b")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void shouldMapADomainProblem() {
        String id = "7b0c3c52-7f55-4a51-8d55-0c2f1a1f6c11";
        given().auth().oauth2(TestTokens.user("alice"))
                .when().get("/api/probe/things/" + id)
                .then().statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:memoryvault:problem:not-found"))
                .body("detail", equalTo("thing " + id + " does not exist"))
                .body("instance", equalTo("/api/probe/things/" + id));
    }

    @Test
    void shouldAnswerAMalformedIdInThePathAsNotFound() {
        given().auth().oauth2(TestTokens.user("alice"))
                .when().get("/api/probe/things/42")
                .then().statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:memoryvault:problem:not-found"))
                .body("detail", equalTo("42 is not a valid id"));
    }

    @Test
    void shouldNameAMalformedIdInTheQuery() {
        given().auth().oauth2(TestTokens.user("alice"))
                .when().get("/api/probe/things?ownerId=nope")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:memoryvault:problem:validation"))
                .body("errors[0].field", equalTo("ownerId"));
    }

    @Test
    void shouldHideInternalsOfAnUnexpectedError() {
        given().auth().oauth2(TestTokens.user("alice"))
                .when().get("/api/probe/boom")
                .then().statusCode(500)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:memoryvault:problem:internal"))
                .body("detail", not(containsString("secret")));
    }

    @Test
    void shouldAnswerUnknownApiRoutesWithProblem() {
        given().auth().oauth2(TestTokens.user("alice"))
                .when().get("/api/nothing-here")
                .then().statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:memoryvault:problem:not-found"));
    }

    @Test
    void shouldAnswerUnknownRoutesOutsideTheApiWithProblem() {
        given().when().get("/nothing/here")
                .then().statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:memoryvault:problem:not-found"));
    }

    @Test
    void shouldAnswerAWrongMethodWithProblem() {
        given().auth().oauth2(TestTokens.user("alice"))
                .when().delete("/api/probe/me")
                .then().statusCode(405)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:memoryvault:problem:method-not-allowed"));
    }
}
