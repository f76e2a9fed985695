package app.memoryvault.devstack;

import app.memoryvault.testing.infra.ChildProcess;
import app.memoryvault.testing.infra.Directories;
import app.memoryvault.testing.infra.KafkaServer;
import app.memoryvault.testing.infra.PostgresServer;
import app.memoryvault.testing.infra.S3Server;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The one-command local run: Postgres, Kafka and S3 inside this JVM, Keycloak and the four services as child
 * processes, each started when the previous one is ready; Ctrl-C stops them all in reverse order.
 */
public final class DevStack {

    private static final Duration SERVICE_START_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final int LOG_TAIL_LINES = 40;

    private final Layout layout;
    private final String javaHome = System.getProperty("java.home");
    private final AtomicBoolean stopping = new AtomicBoolean();
    private volatile boolean running;
    private final CountDownLatch stopped = new CountDownLatch(1);
    /** Keycloak, then the services, in start order. */
    private final List<ChildProcess> children = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();
    private PostgresServer postgres;
    private KafkaServer kafka;
    private S3Server s3;

    private DevStack(Layout layout) {
        this.layout = layout;
    }

    public static void main(String[] args) throws InterruptedException {
        Options options;
        try {
            options = Options.parse(Arrays.asList(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(Options.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(Options.USAGE);
            return;
        }
        Layout layout;
        try {
            layout = Layout.current();
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        DevStack stack = new DevStack(layout);
        // Ctrl-C and kill stop things in order here; the shutdown hook is the safety net for any other exit.
        StopSignals.handle(stack::exit);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "devstack-stop"));
        try {
            stack.start(options);
        } catch (StartFailed | UncheckedIOException | IllegalStateException e) {
            if (!stack.stopping.get()) { // otherwise a Ctrl-C during the start caused this: let that stop finish
                stack.report(e);
                stack.exit(1);
            }
        }
        stack.stopped.await();
    }

    private void start(Options options) {
        Ports.requireFree(ports());
        if (options.reset()) {
            Progress.step("--reset: deleting " + layout.dataDir());
            Directories.deleteRecursively(layout.dataDir());
        }
        createDirectories(layout.logsDir());
        InfraLogging.toFile(layout.log("infrastructure"));
        Progress.step("data in " + layout.dataDir() + ", logs in " + layout.logsDir());
        startInfrastructure();
        startKeycloak();
        for (ServiceTable.Service service : ServiceTable.services()) {
            startService(service);
        }
        Welcome.print(skipped, layout.logsDir());
        running = true;
    }

    private Map<Integer, String> ports() {
        Map<Integer, String> ports = new LinkedHashMap<>();
        ports.put(Endpoints.POSTGRES_PORT, "Postgres");
        ports.put(Endpoints.KAFKA_PORT, "Kafka");
        ports.put(Endpoints.KAFKA_CONTROLLER_PORT, "Kafka controller");
        ports.put(Endpoints.S3_PORT, "S3");
        ports.put(Endpoints.KEYCLOAK_PORT, "Keycloak");
        ServiceTable.services().stream()
                .filter(service -> Files.isRegularFile(layout.serviceJar(service.name())))
                .forEach(service -> {
                    ports.put(service.port(), service.name());
                    ports.putIfAbsent(service.healthPort(), service.name() + " management");
                });
        return ports;
    }

    private void startInfrastructure() {
        long started = System.nanoTime();
        createDirectories(layout.postgresData().getParent());
        postgres = PostgresServer.startPersistent(layout.postgresData(), Endpoints.POSTGRES_PORT);
        Progress.step("Postgres ready       " + Endpoints.JDBC_URL + since(started));

        started = System.nanoTime();
        createDirectories(layout.kafkaData());
        kafka = KafkaServer.startPersistent(layout.kafkaData(), Endpoints.KAFKA_PORT, Endpoints.KAFKA_CONTROLLER_PORT);
        KafkaReadiness.await(Endpoints.KAFKA_BOOTSTRAP, Duration.ofSeconds(60));
        Progress.step("Kafka ready          " + Endpoints.KAFKA_BOOTSTRAP + since(started));

        started = System.nanoTime();
        createDirectories(layout.s3Data());
        s3 = S3Server.startPersistent(layout.s3Data(), Endpoints.S3_PORT);
        s3.createBucket(Endpoints.MEDIA_BUCKET);
        Progress.step("S3 ready             " + Endpoints.S3_ENDPOINT + " bucket " + Endpoints.MEDIA_BUCKET + since(started));
    }

    private void startKeycloak() {
        long started = System.nanoTime();
        Progress.step("Keycloak starting (about a minute the first time after a build, then ~15 s); log "
                + layout.log("keycloak"));
        ChildProcess keycloak = launch(() -> Keycloak.start(layout, javaHome));
        awaitReady(keycloak, Keycloak.readinessUrl(), Keycloak.START_TIMEOUT);
        Progress.step("Keycloak ready       " + Endpoints.REALM_URL + since(started));
        try {
            KeycloakUsers admin = KeycloakUsers.signIn();
            List<String> created = KeycloakUsers.USERS.stream()
                    .filter(admin::ensure)
                    .map(KeycloakUsers.DemoUser::username)
                    .toList();
            if (!created.isEmpty()) {
                Progress.step("created users " + String.join(", ", created) + " in realm " + Endpoints.REALM);
            }
        } catch (StartFailed e) {
            Progress.warn("could not check the demo users (the stack still runs): " + e.getMessage());
        }
    }

    private void startService(ServiceTable.Service service) {
        Path jar = layout.serviceJar(service.name());
        if (!Files.isRegularFile(jar)) {
            Progress.warn("skipping " + service.name() + ": " + layout.root().relativize(jar) + " does not exist"
                    + " (build it: ./mvnw -B -q package -pl " + service.name() + " -am -DskipTests)");
            skipped.add(service.name());
            return;
        }
        long started = System.nanoTime();
        List<String> command = new ArrayList<>();
        command.add(Path.of(javaHome, "bin", "java").toString());
        command.addAll(ChildProcess.SERVICE_JVM_OPTIONS);
        command.addAll(List.of("-jar", jar.toString()));
        ChildProcess process = launch(() -> ChildProcess.start(service.name(), command, service.env(),
                layout.root().resolve(service.name()), layout.log(service.name())));
        awaitReady(process, service.readinessUrl(), SERVICE_START_TIMEOUT);
        Progress.step(String.format("%-20s http://localhost:%d%s", service.name() + " ready", service.port(),
                since(started)));
    }

    private static void awaitReady(ChildProcess process, String url, Duration timeout) {
        try {
            process.awaitReady(url, timeout);
        } catch (ChildProcess.NotReady e) {
            throw new StartFailed(e.getMessage(), process);
        }
    }

    /** Starts a child unless a stop has begun; stop() holds the same lock, so no child is started behind its back. */
    private synchronized ChildProcess launch(Supplier<ChildProcess> starter) {
        if (stopping.get()) {
            throw new StartFailed("stopping");
        }
        ChildProcess process = starter.get();
        children.add(process);
        process.onExit(() -> {
            if (running && !stopping.get()) {
                Progress.warn(process.name() + " exited with code " + process.exitValue() + "; see " + process.log());
            }
        });
        return process;
    }

    private void report(RuntimeException failure) {
        Progress.error(failure.getMessage());
        if (failure instanceof StartFailed startFailed && startFailed.process() != null) {
            ChildProcess process = startFailed.process();
            Progress.raw("----- last lines of " + process.log() + " -----");
            process.tail(LOG_TAIL_LINES).forEach(Progress::raw);
            Progress.raw("-----");
        } else if (!(failure instanceof StartFailed)) {
            Progress.raw("(details in " + layout.log("infrastructure") + ")");
            failure.printStackTrace(System.out);
        }
    }

    private void exit(int status) {
        stop();
        System.exit(status);
    }

    /** Stops what was started: the services (last started first), then Keycloak, Kafka, S3 and Postgres. */
    private synchronized void stop() {
        if (!stopping.compareAndSet(false, true)) {
            return;
        }
        if (postgres == null) { // nothing started yet (a signal during Postgres' start leaves it to its own hook)
            stopped.countDown();
            return;
        }
        Progress.step("stopping");
        for (ChildProcess child : children.reversed()) {
            quietly(child.name(), () -> {
                if (!child.stop(STOP_GRACE)) {
                    Progress.warn(child.name() + " did not stop within " + STOP_GRACE.toSeconds() + " s: killed it");
                }
            });
        }
        if (kafka != null) {
            quietly("kafka", kafka::close);
        }
        if (s3 != null) {
            quietly("s3", s3::close);
        }
        quietly("postgres", postgres::close);
        Progress.step("stopped; data kept in " + layout.dataDir());
        stopped.countDown();
    }

    private static void quietly(String name, Runnable stop) {
        try {
            stop.run();
            Progress.step("stopped " + name);
        } catch (RuntimeException e) {
            Progress.warn("could not stop " + name + " cleanly: " + e.getMessage());
        }
    }

    private static String since(long startNanos) {
        return String.format(" (%.1f s)", (System.nanoTime() - startNanos) / 1e9);
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create " + dir, e);
        }
    }
}
