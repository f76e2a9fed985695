package app.memoryvault.review.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import app.memoryvault.review.ReviewServiceTest;
import app.memoryvault.testing.quarkus.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@ReviewServiceTest
class SettingsResourceTest {

    private static final String PROBLEM_JSON = "application/problem+json";

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
    void shouldSaveTheSettingsAndKeepThemToTheirOwner() {
        put("henry", settings("Europe/Berlin", 2, 10, 150, 0.85)).statusCode(200)
                .body("timeZone", equalTo("Europe/Berlin"))
                .body("dayRolloverHour", equalTo(2));
        put("henry", settings("America/New_York", 0, 0, 9999, 0.99)).statusCode(200);

        given().auth().oauth2(TestTokens.user("henry"))
                .when().get("/api/review/settings")
                .then().statusCode(200)
                .body("timeZone", equalTo("America/New_York"))
                .body("dayRolloverHour", equalTo(0))
                .body("newPerDay", equalTo(0))
                .body("reviewsPerDay", equalTo(9999))
                .body("desiredRetention", equalTo(0.99f));
        given().auth().oauth2(TestTokens.user("bob"))
                .when().get("/api/review/settings")
                .then().statusCode(200)
                .body("timeZone", equalTo("UTC"))
                .body("newPerDay", equalTo(20));
    }

    @ParameterizedTest
    @CsvSource({
            "timeZone, Mars/Olympus_Mons",
            "timeZone, +02:00",
            "timeZone, ''",
            "dayRolloverHour, 24",
            "dayRolloverHour, -1",
            "newPerDay, -1",
            "newPerDay, 10000",
            "reviewsPerDay, -1",
            "reviewsPerDay, 10000",
            "desiredRetention, 0.69",
            "desiredRetention, 0.995"})
    void shouldRejectASettingOutOfRange(String field, String value) {
        Map<String, Object> body = new HashMap<>(settings("Europe/Berlin", 4, 20, 200, 0.9));
        body.put(field, field.equals("timeZone") ? value : Double.valueOf(value));

        put("ivan", body).statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:memoryvault:problem:validation"))
                .body("errors[0].field", equalTo(field));
        given().auth().oauth2(TestTokens.user("ivan"))
                .when().get("/api/review/settings")
                .then().statusCode(200)
                .body("timeZone", equalTo("UTC"));
    }

    @Test
    void shouldRejectAMissingSetting() {
        Map<String, Object> body = new HashMap<>(settings("Europe/Berlin", 4, 20, 200, 0.9));
        body.remove("reviewsPerDay");

        put("ivan", body).statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("reviewsPerDay"));
    }

    @Test
    void shouldAnswer401WithoutToken() {
        given().when().get("/api/review/settings")
                .then().statusCode(401)
                .contentType(PROBLEM_JSON);
    }

    private static Map<String, Object> settings(String zone, int hour, int newPerDay, int reviewsPerDay,
            double retention) {
        return Map.of("timeZone", zone, "dayRolloverHour", hour, "newPerDay", newPerDay,
                "reviewsPerDay", reviewsPerDay, "desiredRetention", retention);
    }

    private static ValidatableResponse put(String user, Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.user(user)).contentType(ContentType.JSON).body(body)
                .when().put("/api/review/settings")
                .then();
    }
}
