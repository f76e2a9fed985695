package app.memoryvault.gateway.upstreams;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A real HTTP server standing in for a service: it answers with what it received (method, path, query, headers,
 * body length and SHA-256), so tests see exactly what the gateway forwarded; {@code /api/files/quota}, {@code /q/health} and
 * {@code /q/openapi} answer a quota, a healthy report and an API document as the services do. Paths ending in {@code /problem},
 * {@code /drop}, {@code /drop-first} or {@code /download} answer a 404 problem, close the
 * connection (always, or the first time a request id comes), or stream bytes; {@code /__*}
 * paths, called directly by tests, tell how often a request id was seen and how much of its body arrived.
 */
public final class EchoUpstream {

    public static final String PROBLEM_BODY = "{\"type\":\"urn:memoryvault:problem:not-found\",\"title\":\"Not found\","
            + "\"status\":404,\"detail\":\"deck 42 does not exist\",\"instance\":\"/api/decks/42\"}";

    /** What {@code /api/files/quota} answers, as media-service does. */
    public static final String QUOTA_BODY = "{\"used\":1234,\"limit\":5678,\"available\":4444}";

    /** What {@code /q/health} answers: a healthy service. */
    public static final String HEALTH_BODY = "{\"status\":\"UP\",\"checks\":[{\"name\":\"echo\",\"status\":\"UP\"}]}";

    private static final int CHUNK = 64 * 1024;

    private final String name;
    private final Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> received = new ConcurrentHashMap<>();
    private final Map<String, Promise<Void>> releases = new ConcurrentHashMap<>();

    private EchoUpstream(String name) {
        this.name = name;
    }

    /** Starts an echo server named {@code name} on a free port. */
    public static Future<HttpServer> start(Vertx vertx, String name) {
        EchoUpstream upstream = new EchoUpstream(name);
        return vertx.createHttpServer().requestHandler(upstream::handle).listen(0, "localhost");
    }

    /** The bytes {@code /download} sends: a fixed function of the position, so a test can hash what to expect. */
    public static byte[] downloadBytes(long offset, int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            long position = offset + i;
            bytes[i] = (byte) (position * 31 + position / 4093);
        }
        return bytes;
    }

    private void handle(HttpServerRequest request) {
        String path = request.path();
        if (path.startsWith("/__")) {
            control(request, path);
            return;
        }
        String requestId = request.getHeader("X-Request-Id");
        if (requestId != null) {
            seen.computeIfAbsent(requestId, id -> new AtomicInteger()).incrementAndGet();
        }
        if (path.endsWith("/download")) {
            download(request, requestId, Long.parseLong(request.getParam("size")));
            return;
        }
        MessageDigest sha256 = sha256();
        AtomicLong length = new AtomicLong();
        AtomicLong progress = requestId == null ? new AtomicLong() : received.computeIfAbsent(requestId, id -> new AtomicLong());
        request.handler(chunk -> {
            sha256.update(chunk.getBytes());
            length.addAndGet(chunk.length());
            progress.addAndGet(chunk.length());
        });
        request.endHandler(ended -> answer(request, path, length.get(), HexFormat.of().formatHex(sha256.digest())));
    }

    private void answer(HttpServerRequest request, String path, long length, String sha256) {
        if (path.endsWith("/drop") || path.endsWith("/drop-first") && timesSeen(request.getHeader("X-Request-Id")) == 1) {
            request.connection().close();
        } else if (path.equals("/q/openapi")) {
            request.response().putHeader("Content-Type", "application/json").end(openApi());
        } else if (path.equals("/q/health")) {
            request.response().putHeader("Content-Type", "application/json").end(HEALTH_BODY);
        } else if (path.equals("/api/files/quota")) {
            request.response().putHeader("Content-Type", "application/json").end(QUOTA_BODY);
        } else if (path.endsWith("/problem")) {
            request.response().setStatusCode(404).putHeader("Content-Type", "application/problem+json").end(PROBLEM_BODY);
        } else {
            JsonObject headers = new JsonObject();
            request.headers().forEach(header -> {
                String key = header.getKey().toLowerCase();
                JsonArray values = headers.containsKey(key) ? headers.getJsonArray(key) : new JsonArray();
                headers.put(key, values.add(header.getValue()));
            });
            request.response()
                    .putHeader("Content-Type", "application/json")
                    .putHeader("Connection", "keep-alive, X-Upstream-Hop")
                    .putHeader("X-Upstream-Hop", "only for the gateway")
                    .end(new JsonObject()
                            .put("upstream", name)
                            .put("method", request.method().name())
                            .put("path", path)
                            .put("uri", request.uri())
                            .put("query", request.query())
                            .put("headers", headers)
                            .put("bodyLength", length)
                            .put("bodySha256", sha256)
                            .encode());
        }
    }

    /** A small OpenAPI document such as a service serves, with an internal server URL and a bearer scheme. */
    private String openApi() {
        JsonObject secured = new JsonObject().put("security", new JsonArray().add(new JsonObject().put("SecurityScheme", new JsonArray())));
        return new JsonObject()
                .put("openapi", "3.1.0")
                .put("info", new JsonObject().put("title", name))
                .put("servers", new JsonArray().add(new JsonObject().put("url", "http://" + name + ":8081")))
                .put("paths", new JsonObject().put("/api/" + name, new JsonObject().put("get", secured)))
                .put("components", new JsonObject().put("securitySchemes", new JsonObject()
                        .put("SecurityScheme", new JsonObject().put("type", "http").put("scheme", "bearer"))))
                .encode();
    }

    /** Sends the first chunk, then waits until the test has received it and says so, then sends the rest. */
    private void download(HttpServerRequest request, String requestId, long size) {
        HttpServerResponse response = request.response().setChunked(true).putHeader("Content-Type", "application/octet-stream");
        int first = (int) Math.min(CHUNK, size);
        response.write(Buffer.buffer(downloadBytes(0, first)));
        release(requestId).future().onComplete(released -> writeFrom(response, first, size));
    }

    private void writeFrom(HttpServerResponse response, long offset, long size) {
        long position = offset;
        while (position < size && !response.writeQueueFull()) {
            int length = (int) Math.min(CHUNK, size - position);
            response.write(Buffer.buffer(downloadBytes(position, length)));
            position += length;
        }
        if (position >= size) {
            response.end();
        } else {
            long next = position;
            response.drainHandler(drained -> writeFrom(response, next, size));
        }
    }

    private void control(HttpServerRequest request, String path) {
        String[] parts = path.split("/", 3);
        String what = parts[1];
        String requestId = parts.length > 2 ? parts[2] : "";
        switch (what) {
            case "__seen" -> request.response().end(String.valueOf(seen.getOrDefault(requestId, new AtomicInteger()).get()));
            case "__received" -> request.response().end(String.valueOf(received.getOrDefault(requestId, new AtomicLong()).get()));
            case "__release" -> {
                release(requestId).tryComplete();
                request.response().setStatusCode(204).end();
            }
            default -> request.response().setStatusCode(404).end();
        }
    }

    private int timesSeen(String requestId) {
        return requestId == null ? 1 : seen.getOrDefault(requestId, new AtomicInteger()).get();
    }

    private Promise<Void> release(String requestId) {
        return releases.computeIfAbsent(requestId, id -> Promise.promise());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
