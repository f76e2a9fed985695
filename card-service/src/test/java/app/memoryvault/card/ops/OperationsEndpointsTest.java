package app.memoryvault.card.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;

import app.memoryvault.card.support.CardServiceTest;
import org.junit.jupiter.api.Test;

@CardServiceTest
class OperationsEndpointsTest {

    @Test
    void shouldBeReadyWithDatabaseAndKafkaChecks() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")))
                .body("checks.name", hasItem(containsString("Kafka")));
    }

    @Test
    void shouldServeItsOpenApiDocument() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths", hasKey("/api/decks"))
                .body("paths", hasKey("/api/decks/{id}"))
                .body("paths", hasKey("/api/cards"))
                .body("paths", hasKey("/api/cards/{id}"));
    }

    @Test
    void shouldServePrometheusMetrics() {
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"))
                .body(containsString("memoryvault_outbox_pending"));
    }
}
