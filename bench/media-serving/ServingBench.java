import app.memoryvault.media.storage.FilesystemMediaStorage;
import app.memoryvault.media.storage.StorageKeys;
import app.memoryvault.testing.infra.ChildProcess;
import app.memoryvault.testing.quarkus.KafkaResource;
import app.memoryvault.testing.quarkus.PostgresResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Serving benchmark: media-service (quarkus-run.jar, the devstack's JVM options, filesystem store) serves a 5 MB
 * variant through a signed link; nginx serves the same bytes from disk; wrk measures both, whole and with a 1 MiB
 * Range, one after the other in the same run. Prints MB/s, the ratio to nginx and the service's peak RSS.
 *
 * Arguments: the service's quarkus-run.jar, a work folder, then seconds per measurement (10) and connections (4).
 */
public class ServingBench {

    static final int SIZE = 5 * 1024 * 1024;
    static final String RANGE = "bytes=1048576-2097151";
    static final int RANGE_SIZE = 1024 * 1024;
    static final String SECRET = "bench-secret-shared-by-every-replica-0123456789";
    static final double GOAL = 0.7;

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]).toAbsolutePath();
        Path work = Path.of(args[1]).toAbsolutePath();
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int connections = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        deleteTree(work.resolve("store"));
        deleteTree(work.resolve("nginx"));
        List<QuarkusTestResourceLifecycleManager> infra = List.of(new PostgresResource(), new KafkaResource(),
                new OidcWiremockTestResource());
        Map<String, String> config = new HashMap<>();
        ChildProcess service = null;
        Process nginx = null;
        try {
            for (QuarkusTestResourceLifecycleManager resource : infra) {
                resource.init(Map.of());
                config.putAll(resource.start());
            }
            config.put("quarkus.oidc.auth-server-url", config.get("keycloak.url") + "/realms/quarkus/");
            config.put("memoryvault.media.storage.type", "filesystem");
            config.put("memoryvault.media.storage.filesystem.root", work.resolve("store").toString());
            config.put("memoryvault.media.links.secret", SECRET);
            int servicePort = freePort();
            service = startService(jar, work, config, servicePort);
            ChildProcess started = service;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> started.stop(Duration.ofSeconds(10))));

            UUID id = UUID.randomUUID();
            Path variant = randomFile(work.resolve("variant.bin"));
            new FilesystemMediaStorage(work.resolve("store")).put(StorageKeys.variant(id, "display"), variant, "image/jpeg");
            insertFile(config, id);
            int nginxPort = freePort();
            nginx = startNginx(work.resolve("nginx"), variant, id, nginxPort);
            Runtime.getRuntime().addShutdownHook(new Thread(nginx::destroy));

            long expires = Instant.now().plusSeconds(3600).getEpochSecond();
            String media = "http://127.0.0.1:" + servicePort + "/api/files/" + id + "/content?variant=display&expires="
                    + expires + "&signature=" + sign(id + "\ndisplay\n" + expires);
            String disk = "http://127.0.0.1:" + nginxPort + "/" + id + "-display.jpg";
            check(media, disk);

            System.out.printf("%nwrk, %d s per measurement, %d connections, 1 thread; 5 MiB variant; MB = 10^6 bytes; "
                    + "load average before: %s%n", seconds, connections, loadAverage());
            System.out.printf("%-28s %10s %10s %10s %8s%n", "case", "req/s", "MB/s", "nginx MB/s", "ratio");
            for (boolean ranged : new boolean[] {false, true}) {
                wrk(media, ranged, 3, connections);
                wrk(disk, ranged, 3, connections);
                double mediaRate = wrk(media, ranged, seconds, connections);
                double diskRate = wrk(disk, ranged, seconds, connections);
                int body = ranged ? RANGE_SIZE : SIZE;
                double ratio = mediaRate / diskRate;
                System.out.printf("%-28s %10.1f %10.1f %10.1f %7.2fx %s%n",
                        ranged ? "Range " + RANGE + " (206)" : "whole variant (200)", mediaRate, mediaRate * body / 1e6,
                        diskRate * body / 1e6, ratio, ratio >= GOAL ? "(goal >= 0.7x: met)" : "(goal >= 0.7x: NOT met)");
            }
            System.out.printf("media-service peak RSS (VmHWM): %d MB, heap capped at -Xmx256m; load average after: %s%n",
                    status(service.pid(), "VmHWM") / 1024, loadAverage());
        } finally {
            if (nginx != null) {
                nginx.destroy();
                nginx.waitFor();
            }
            if (service != null) {
                service.stop(Duration.ofSeconds(20));
            }
            for (QuarkusTestResourceLifecycleManager resource : infra.reversed()) {
                resource.stop();
            }
        }
    }

    static ChildProcess startService(Path jar, Path work, Map<String, String> config, int port) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(ChildProcess.SERVICE_JVM_OPTIONS);
        String recording = System.getenv("SERVICE_JFR");
        if (recording != null && !recording.isBlank()) {
            // a JFR profile of the service for the whole run (jfr view hot-methods <file> reads it)
            command.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
                    + Path.of(recording).toAbsolutePath());
        }
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-Dquarkus.http.port=" + port, "-jar", jar.toString()));
        ChildProcess service = ChildProcess.start("media-service", command, Map.of(), work, work.resolve("media-service.log"));
        service.awaitReady("http://localhost:" + port + "/q/health/live", Duration.ofMinutes(2));
        return service;
    }

    /** A ready image whose only variant is the benchmark file, as a worker would leave it. */
    static void insertFile(Map<String, String> config, UUID id) throws Exception {
        String sql = "insert into media.media_file (id, owner_id, kind, mime_type, sha256, size_bytes, status, variant_keys,"
                + " created_at, updated_at) values (?, 'bench', 'image', 'image/jpeg', ?, ?, 'ready', ?::jsonb, now(), now())";
        try (Connection db = DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                config.get("quarkus.datasource.username"), config.getOrDefault("quarkus.datasource.password", ""));
                PreparedStatement insert = db.prepareStatement(sql)) {
            insert.setObject(1, id);
            insert.setString(2, "0".repeat(64));
            insert.setLong(3, SIZE);
            insert.setString(4, "{\"display\": \"" + StorageKeys.variant(id, "display") + "\"}");
            insert.executeUpdate();
        }
    }

    /** nginx from Debian's package, its own prefix and port, sendfile on as Debian ships it, no access log. */
    static Process startNginx(Path prefix, Path variant, UUID id, int port) throws Exception {
        Path root = Files.createDirectories(prefix.resolve("html"));
        Files.createDirectories(prefix.resolve("logs"));
        Files.copy(variant, root.resolve(id + "-display.jpg"));
        Files.writeString(prefix.resolve("nginx.conf"), """
                worker_processes auto;
                pid %1$s/nginx.pid;
                error_log %1$s/logs/error.log;
                events { worker_connections 1024; }
                http {
                    sendfile on;
                    tcp_nopush on;
                    access_log off;
                    default_type image/jpeg;
                    client_body_temp_path %1$s/tmp;
                    proxy_temp_path %1$s/tmp;
                    fastcgi_temp_path %1$s/tmp;
                    uwsgi_temp_path %1$s/tmp;
                    scgi_temp_path %1$s/tmp;
                    server {
                        listen 127.0.0.1:%2$d;
                        location / { root %3$s; }
                    }
                }
                """.formatted(prefix, port, root));
        Path nginx = Files.isExecutable(Path.of("/usr/sbin/nginx")) ? Path.of("/usr/sbin/nginx") : Path.of("nginx");
        Process process = new ProcessBuilder(nginx.toString(), "-p", prefix.toString(), "-e", prefix.resolve("logs/error.log").toString(), "-c", prefix.resolve("nginx.conf").toString(),
                "-g", "daemon off; user " + System.getProperty("user.name") + ";")
                .redirectErrorStream(true).redirectOutput(prefix.resolve("logs/stdout.log").toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!get("http://127.0.0.1:" + port + "/" + id + "-display.jpg", null).isPresent()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("nginx did not start: " + Files.readString(prefix.resolve("logs/stdout.log")));
            }
            Thread.sleep(100);
        }
        return process;
    }

    /** Both servers answer the same bytes, whole and ranged, before anything is measured. */
    static void check(String media, String disk) throws Exception {
        for (String range : new String[] {null, RANGE}) {
            HttpResponse<byte[]> fromMedia = get(media, range).orElseThrow();
            HttpResponse<byte[]> fromDisk = get(disk, range).orElseThrow();
            int expected = range == null ? 200 : 206;
            if (fromMedia.statusCode() != expected || fromDisk.statusCode() != expected
                    || !Arrays.equals(fromMedia.body(), fromDisk.body())) {
                throw new IllegalStateException("media-service answered " + fromMedia.statusCode() + " ("
                        + fromMedia.body().length + " bytes), nginx " + fromDisk.statusCode() + " (" + fromDisk.body().length
                        + " bytes) for Range " + range);
            }
        }
    }

    /** Runs wrk on one URL and answers its requests per second; fails on any non-2xx answer or socket error. */
    static double wrk(String url, boolean ranged, int seconds, int connections) throws Exception {
        List<String> command = new ArrayList<>(List.of("wrk", "-t1", "-c" + connections, "-d" + seconds + "s"));
        if (ranged) {
            command.addAll(List.of("-H", "Range: " + RANGE));
        }
        command.add(url);
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0 || out.contains("Non-2xx") || out.contains("Socket errors")) {
            throw new IllegalStateException("wrk on " + url + " failed:\n" + out);
        }
        Matcher rate = Pattern.compile("Requests/sec:\\s+([0-9.]+)").matcher(out);
        if (!rate.find()) {
            throw new IllegalStateException("no rate in wrk's output:\n" + out);
        }
        return Double.parseDouble(rate.group(1));
    }

    static Optional<HttpResponse<byte[]>> get(String url, String range) {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
            if (range != null) {
                request.header("Range", range);
            }
            return Optional.of(client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The signature media-service's LinkSigner makes: HMAC-SHA256, base64url without padding. */
    static String sign(String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }

    static Path randomFile(Path file) throws IOException {
        byte[] bytes = new byte[SIZE];
        new Random(5).nextBytes(bytes);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(bytes);
        }
        return file;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** The 1, 5 and 15 minute load averages: the comparison only means something on an otherwise idle machine. */
    static String loadAverage() throws IOException {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return fields[0] + " " + fields[1] + " " + fields[2];
    }

    static long status(long pid, String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("no " + field + " for process " + pid);
    }
}
