package app.memoryvault.review.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import app.memoryvault.events.ReviewState;
import app.memoryvault.review.ReviewServiceTest;
import app.memoryvault.review.TestData;
import app.memoryvault.testing.quarkus.TestTokens;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@ReviewServiceTest
class HistoryResourceTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String LIAM = TestTokens.subjectOf("liam");
    private static final Instant T0 = Instant.now().minus(Duration.ofDays(10)).truncatedTo(ChronoUnit.SECONDS);
    private static UUID cardA;
    private static UUID cardB;

    /** Liam's five answers, one hour apart: A, B, A, B, A. */
    private static synchronized void liamsHistory() {
        if (cardA != null) {
            return;
        }
        cardA = TestData.studiedCard(LIAM, UUID.randomUUID(), ReviewState.REVIEW, Instant.now());
        cardB = TestData.studiedCard(LIAM, UUID.randomUUID(), ReviewState.REVIEW, Instant.now());
        for (int i = 0; i < 5; i++) {
            TestData.logged(LIAM, i % 2 == 0 ? cardA : cardB, hour(i), 1 + i % 4, ReviewState.REVIEW, 3, 3.0,
                    1000L * i);
        }
    }

    @Test
    void shouldPageTheHistoryNewestFirst() {
        liamsHistory();
        String next = history("liam").queryParam("limit", 2).when().get("/api/review/history")
                .then().statusCode(200)
                .body("items.reviewedAt", contains(hour(4).toString(), hour(3).toString()))
                .body("items[0].cardId", equalTo(cardA.toString()))
                .body("items[0].rating", equalTo(1))
                .body("items[0].kind", equalTo("review"))
                .body("items[0].durationMs", equalTo(4000))
                .extract().path("next");
        next = history("liam").queryParam("limit", 2).queryParam("cursor", next).when().get("/api/review/history")
                .then().statusCode(200)
                .body("items.reviewedAt", contains(hour(2).toString(), hour(1).toString()))
                .extract().path("next");
        history("liam").queryParam("limit", 2).queryParam("cursor", next).when().get("/api/review/history")
                .then().statusCode(200)
                .body("items.reviewedAt", contains(hour(0).toString()))
                .body("next", nullValue());
    }

    @Test
    void shouldFilterByCardAndPeriod() {
        liamsHistory();
        history("liam").queryParam("cardId", cardA.toString()).when().get("/api/review/history")
                .then().statusCode(200)
                .body("items.reviewedAt", contains(hour(4).toString(), hour(2).toString(), hour(0).toString()));
        history("liam").queryParam("from", hour(1).toString()).queryParam("to", hour(3).toString())
                .when().get("/api/review/history")
                .then().statusCode(200)
                .body("items.reviewedAt", contains(hour(2).toString(), hour(1).toString()));
    }

    @Test
    void shouldAnswer404ForAnotherUsersCardAndShowNoneOfTheirHistory() {
        liamsHistory();
        history("bob").queryParam("cardId", cardA.toString()).when().get("/api/review/history")
                .then().statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:memoryvault:problem:not-found"));
        history("bob").when().get("/api/review/history")
                .then().statusCode(200)
                .body("items.size()", equalTo(0))
                .body("next", nullValue());
    }

    @ParameterizedTest
    @CsvSource({"limit, 0", "limit, 201", "from, yesterday", "to, 2026-13-01T00:00:00Z", "cursor, bm90LWEtY3Vyc29y",
            "cardId, not-a-uuid"})
    void shouldRejectAnInvalidParameter(String name, String value) {
        history("liam").queryParam(name, value).when().get("/api/review/history")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:memoryvault:problem:validation"))
                .body("errors[0].field", equalTo(name));
    }

    @Test
    void shouldRejectAPeriodThatEndsBeforeItStarts() {
        history("liam").queryParam("from", hour(3).toString()).queryParam("to", hour(1).toString())
                .when().get("/api/review/history")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
    }

    private static Instant hour(int i) {
        return T0.plus(Duration.ofHours(i));
    }

    private static RequestSpecification history(String user) {
        return given().auth().oauth2(TestTokens.user(user));
    }
}
