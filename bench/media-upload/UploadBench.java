import app.memoryvault.testing.infra.ChildProcess;
import app.memoryvault.testing.quarkus.KafkaResource;
import app.memoryvault.testing.quarkus.PostgresResource;
import app.memoryvault.testing.quarkus.S3Resource;
import app.memoryvault.testing.quarkus.TestTokens;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Upload benchmark of media-service: for each file size, a fresh media-service process (quarkus-run.jar, the
 * devstack's JVM options) on real Postgres, Kafka, S3 and OIDC servers; 8 clients upload distinct WAV files of that
 * size at once, for a few rounds. Prints throughput (MB/s of file bytes accepted) and the service's peak RSS
 * (VmHWM), which must not grow with the file size.
 *
 * Arguments: the service's quarkus-run.jar, a work folder, then file sizes in MB (default 5 25).
 */
public class UploadBench {

    static final int CLIENTS = 8;
    static final int ROUNDS = 3;
    static final String BOUNDARY = "bench-boundary-7d0f";

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]).toAbsolutePath();
        Path work = Files.createDirectories(Path.of(args[1]).toAbsolutePath());
        List<Integer> sizes = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            sizes.add(Integer.parseInt(args[i]));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(5, 25);
        }
        List<QuarkusTestResourceLifecycleManager> infra = List.of(new PostgresResource(), new KafkaResource(),
                new S3Resource(), new OidcWiremockTestResource());
        Map<String, String> config = new HashMap<>();
        try {
            for (QuarkusTestResourceLifecycleManager resource : infra) {
                resource.init(Map.of());
                config.putAll(resource.start());
            }
            config.put("quarkus.oidc.auth-server-url", config.get("keycloak.url") + "/realms/quarkus/");
            System.out.printf("%-8s %-6s %-10s %-8s %-8s %-14s %-14s%n", "size", "files", "MB", "seconds", "MB/s",
                    "idle RSS MB", "peak RSS MB");
            int run = 0;
            for (int size : sizes) {
                run(jar, work, config, size, run++);
            }
            System.out.println("load average (1, 5, 15 min) at the end: "
                    + Files.readString(Path.of("/proc/loadavg")).trim());
        } finally {
            for (QuarkusTestResourceLifecycleManager resource : infra.reversed()) {
                resource.stop();
            }
        }
    }

    static void run(Path jar, Path work, Map<String, String> config, int sizeMb, int run) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(ChildProcess.SERVICE_JVM_OPTIONS);
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        // a shared, busy machine can slow ffprobe past its default 10 s; the bench measures throughput, not that
        command.addAll(List.of("-Dquarkus.http.port=" + port, "-Dmemoryvault.media.rate-limit.uploads-per-minute=1000",
                "-Dmemoryvault.media.audio.probe-timeout=60s",
                "-jar", jar.toString()));
        ChildProcess service = ChildProcess.start("media-service", command, Map.of(), work,
                work.resolve("media-service-" + sizeMb + "mb.log"));
        try {
            String base = "http://localhost:" + port;
            service.awaitReady(base + "/q/health/ready", Duration.ofMinutes(2));
            List<Path> warmUp = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                warmUp.add(wav(work, 1_000_000, run * 1000 + 900 + c));
            }
            round(base, warmUp, run);
            for (Path file : warmUp) {
                Files.delete(file);
            }
            long idle = status(service.pid(), "VmRSS");
            List<List<Path>> rounds = new ArrayList<>();
            for (int r = 0; r < ROUNDS; r++) {
                List<Path> files = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    files.add(wav(work, sizeMb * 1_000_000L, run * 1000 + r * CLIENTS + c));
                }
                rounds.add(files);
            }
            long start = System.nanoTime();
            long bytes = 0;
            for (List<Path> files : rounds) {
                bytes += round(base, files, run);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long peak = status(service.pid(), "VmHWM");
            System.out.printf("%-8s %-6d %-10.0f %-8.1f %-8.1f %-14d %-14d%n", sizeMb + " MB", ROUNDS * CLIENTS,
                    bytes / 1e6, seconds, bytes / 1e6 / seconds, idle / 1024, peak / 1024);
            for (List<Path> files : rounds) {
                for (Path file : files) {
                    Files.delete(file);
                }
            }
        } finally {
            service.stop(Duration.ofSeconds(20));
        }
    }

    /** Every client uploads its file at the same time; answers the bytes accepted, fails on any refusal. */
    static long round(String base, List<Path> files, int run) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try (ExecutorService pool = Executors.newFixedThreadPool(files.size())) {
            List<Future<Long>> uploads = new ArrayList<>();
            for (int c = 0; c < files.size(); c++) {
                Path file = files.get(c);
                String token = TestTokens.user("bench-" + run + "-" + c);
                uploads.add(pool.submit(() -> upload(client, base, token, file)));
            }
            long total = 0;
            for (Future<Long> upload : uploads) {
                total += upload.get();
            }
            return total;
        }
    }

    static long upload(HttpClient client, String base, String token, Path file) throws Exception {
        byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.wav\"\r\n"
                + "Content-Type: audio/wav\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/upload/audio"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofByteArray(tail)))
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 202) {
            throw new IllegalStateException("upload answered " + response.statusCode() + ": " + response.body());
        }
        return Files.size(file);
    }

    /** A 44.1 kHz 16-bit stereo WAV of about {@code bytes} bytes of noise, different for every seed. */
    static Path wav(Path dir, long bytes, int seed) throws IOException {
        Path file = dir.resolve("bench-" + seed + ".wav");
        int dataBytes = (int) ((bytes - 44) / 4 * 4);
        ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + dataBytes)
                .put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1)
                .putShort((short) 2).putInt(44100).putInt(44100 * 4).putShort((short) 4).putShort((short) 16)
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(dataBytes);
        Random random = new Random(seed);
        byte[] chunk = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(header.array());
            for (int written = 0; written < dataBytes; written += chunk.length) {
                random.nextBytes(chunk);
                out.write(chunk, 0, Math.min(chunk.length, dataBytes - written));
            }
        }
        return file;
    }

    /** A size line of /proc/{pid}/status in kB. */
    static long status(long pid, String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("no " + field + " for process " + pid);
    }
}
