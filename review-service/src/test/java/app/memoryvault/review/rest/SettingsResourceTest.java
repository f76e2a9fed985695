package app.memoryvault.review.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import app.memoryvault.testing.quarkus.KafkaResource;
import app.memoryvault.testing.quarkus.PostgresResource;
import app.memoryvault.testing.quarkus.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class SettingsResourceTest {

    @Test
    void shouldAnswerTheDefaultsToAUserWhoNeverChangedThem() {
        given().auth().oauth2(TestTokens.user("alice"))
                .when().get("/api/review/settings")
                .then().statusCode(200)
                .body("timeZone", equalTo("UTC"))
                .body("dayRolloverHour", equalTo(4))
                .body("newPerDay", equalTo(20))
                .body("reviewsPerDay", equalTo(200))
                .body("desiredRetention", equalTo(0.9f));
    }

    @Test
    void shouldAnswer401WithoutToken() {
        given().when().get("/api/review/settings")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }
}
