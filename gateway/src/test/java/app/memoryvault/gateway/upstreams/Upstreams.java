package app.memoryvault.gateway.upstreams;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.ConfigProvider;

/** Talks to one of the test's upstream servers directly, past the gateway, to ask what it saw. */
public final class Upstreams {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;

    private Upstreams(URI base) {
        this.base = base;
    }

    /** The upstream the gateway uses for {@code service} ({@code card}, {@code media}, {@code review}). */
    public static Upstreams of(String service) {
        return new Upstreams(URI.create(
                ConfigProvider.getConfig().getValue("memoryvault.gateway.upstreams." + service, String.class)));
    }

    /** How many requests with this id the service received. */
    public int timesSeen(String requestId) {
        return Integer.parseInt(call("GET", "/__seen/" + requestId));
    }

    /** How many body bytes of the request with this id have reached the service so far. */
    public long bytesReceived(String requestId) {
        return Long.parseLong(call("GET", "/__received/" + requestId));
    }

    /** Lets the service send the rest of the download it holds back for this request id. */
    public void releaseDownload(String requestId) {
        call("POST", "/__release/" + requestId);
    }

    static String url(Future<HttpServer> server) {
        return "http://localhost:" + server.toCompletionStage().toCompletableFuture().join().actualPort();
    }

    static void close(Vertx vertx) {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }

    private String call(String method, String path) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(5))
                .build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
