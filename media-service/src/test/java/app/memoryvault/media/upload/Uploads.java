package app.memoryvault.media.upload;

import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Sends uploads as a browser would, with a hand-built multipart body, so that tests control every byte: odd file
 * names, declared types, several at once from many threads.
 */
public final class Uploads {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String BOUNDARY = "----memoryvault-test-boundary";

    private Uploads() {
    }

    /** POST /api/upload/{kind} with {@code bytes} in part {@code file}, named and typed as given. */
    public static HttpResponse<String> upload(String token, String kind, String fileName, String declaredType,
            byte[] bytes) {
        return upload(token, kind, fileName, declaredType, bytes, "file");
    }

    /** The same with the file in a part named {@code partName}. */
    public static HttpResponse<String> upload(String token, String kind, String fileName, String declaredType,
            byte[] bytes, String partName) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                        + "/api/upload/" + kind))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(partName, fileName, declaredType, bytes)))
                .build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A form with a text field before the file, as browsers often send. */
    static byte[] multipart(String partName, String fileName, String declaredType, byte[] bytes) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"caption\"\r\n\r\nhello\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + partName + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + declaredType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }
}
