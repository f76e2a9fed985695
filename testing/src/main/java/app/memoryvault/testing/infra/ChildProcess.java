package app.memoryvault.testing.infra;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A child process of this JVM (a packaged service, Keycloak), its output in its own log file. Stopping it stops its
 * whole process tree, children first, so nothing is left behind.
 */
public final class ChildProcess {

    /** How MemoryVault runs a packaged service next to others on a small machine. */
    public static final List<String> SERVICE_JVM_OPTIONS = List.of("-Xmx256m", "-XX:+UseSerialGC");

    private static final Duration READY_POLL = Duration.ofMillis(500);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Process process;
    private final Path log;

    private ChildProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts {@code command} in {@code workDir} with {@code env} added to this JVM's environment. Where the
     * {@code setsid} tool exists (Linux), the child gets its own session, so a Ctrl-C in the terminal reaches
     * only the launcher, which then stops everything in order.
     */
    public static ChildProcess start(String name, List<String> command, Map<String, String> env, Path workDir, Path log) {
        List<String> fullCommand = new ArrayList<>();
        setsid().ifPresent(fullCommand::add);
        fullCommand.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(fullCommand)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            return new ChildProcess(name, process, log);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name + ": " + String.join(" ", command), e);
        }
    }

    public String name() {
        return name;
    }

    public Path log() {
        return log;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public int exitValue() {
        return process.exitValue();
    }

    /** Runs {@code action} when the process ends, whoever ended it. */
    public void onExit(Runnable action) {
        process.onExit().thenRun(action);
    }

    /**
     * Asks the whole tree to stop (SIGTERM, descendants first), waits up to {@code grace}, then kills what is left.
     *
     * @return whether everything stopped within {@code grace}
     */
    public boolean stop(Duration grace) {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle handle : tree) {
            awaitExit(handle, Math.max(0, deadline - System.nanoTime()));
        }
        List<ProcessHandle> survivors = tree.stream().filter(ProcessHandle::isAlive).toList();
        survivors.forEach(ProcessHandle::destroyForcibly);
        survivors.forEach(handle -> awaitExit(handle, TimeUnit.SECONDS.toNanos(5)));
        return survivors.isEmpty();
    }

    /**
     * Waits until {@code url} answers 200 (a readiness check).
     *
     * @throws NotReady when the process exits first or {@code timeout} passes; its log tells why
     */
    public void awaitReady(String url, Duration timeout) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!isAlive()) {
                throw new NotReady(name + " exited with code " + exitValue() + " before it was ready; see " + log);
            }
            try {
                if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
                Thread.sleep(READY_POLL);
            } catch (IOException e) {
                sleepQuietly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new NotReady("interrupted while waiting for " + name);
            }
        }
        throw new NotReady(name + " was not ready within " + timeout.toSeconds() + " s (" + url + "); see " + log);
    }

    /** A child that did not become ready. */
    public static final class NotReady extends RuntimeException {

        NotReady(String message) {
            super(message);
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(READY_POLL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The last {@code count} lines of the log, for telling why a start failed. */
    public List<String> tail(int count) {
        try {
            List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
            return lines.subList(Math.max(0, lines.size() - count), lines.size());
        } catch (IOException e) {
            return List.of("(could not read " + log + ": " + e.getMessage() + ")");
        }
    }

    private static void awaitExit(ProcessHandle handle, long nanos) {
        try {
            handle.onExit().get(nanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            // still running: the caller decides what follows
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Optional<String> setsid() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "setsid");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate.toString());
            }
        }
        return Optional.empty();
    }
}
