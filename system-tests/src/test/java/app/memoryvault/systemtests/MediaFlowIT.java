package app.memoryvault.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import app.memoryvault.testing.quarkus.TestTokens;
import io.restassured.RestAssured;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An image's way through the packaged suite: uploaded through the gateway, stored in S3, processed by the
 * media-service's worker from {@code media-uploaded}, then ready with signed links that a browser can fetch without a
 * token; another user never sees it.
 */
class MediaFlowIT {

    private static Suite suite;

    @BeforeAll
    static void startSuite() {
        suite = Suite.get();
        RestAssured.baseURI = suite.gateway().toString();
        RestAssured.port = suite.gateway().getPort();
    }

    @Test
    void shouldProcessAnUploadedImageIntoThumbnailsReachableThroughSignedLinks() throws Exception {
        String id = given().auth().oauth2(TestTokens.user("frank"))
                .multiPart("file", "holiday.png", SampleFiles.png(800, 600), "image/png")
                .when().post("/api/upload/image")
                .then().statusCode(202)
                .body("status", equalTo("pending"))
                .body("mimeType", equalTo("image/png"))
                .extract().path("id");

        given().auth().oauth2(TestTokens.user("grace")).when().get("/api/files/" + id)
                .then().statusCode(404);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.user("frank")).when().get("/api/files/" + id)
                        .then().statusCode(200)
                        .body("status", equalTo("ready")));

        String thumb = given().auth().oauth2(TestTokens.user("frank")).when().get("/api/files/" + id)
                .then().statusCode(200)
                .body("width", equalTo(800))
                .body("height", equalTo(600))
                .extract().path("links.thumb200");
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(thumb)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(response.body()));
        assertThat(thumbnail.getWidth()).isEqualTo(200);
        assertThat(thumbnail.getHeight()).isEqualTo(150);
    }
}
