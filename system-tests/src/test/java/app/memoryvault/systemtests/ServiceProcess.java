package app.memoryvault.systemtests;

import app.memoryvault.testing.infra.ChildProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One packaged service ({@code quarkus-run.jar}) running as a child process, with its output in a log file. */
final class ServiceProcess implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final ChildProcess process;
    private final int port;

    private ServiceProcess(ChildProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts {@code <module>/target/quarkus-app/quarkus-run.jar} and returns once its readiness check answers 200. */
    static ServiceProcess start(Path repositoryRoot, String module, int port, Map<String, String> environment, Path logDir) {
        return start(repositoryRoot, module, port, port, environment, logDir);
    }

    /**
     * Starts a service that serves health and metrics on a management port of its own ({@code QUARKUS_MANAGEMENT_PORT},
     * as the gateway does) and returns once its readiness check there answers 200.
     */
    static ServiceProcess startWithManagementPort(Path repositoryRoot, String module, int port, int managementPort,
            Map<String, String> environment, Path logDir) {
        Map<String, String> env = new HashMap<>(environment);
        env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort));
        return start(repositoryRoot, module, port, managementPort, env, logDir);
    }

    private static ServiceProcess start(Path repositoryRoot, String module, int port, int healthPort,
            Map<String, String> environment, Path logDir) {
        Path jar = repositoryRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./mvnw package)");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ChildProcess.SERVICE_JVM_OPTIONS);
        command.addAll(List.of("-jar", jar.toString()));
        Map<String, String> env = new HashMap<>(environment);
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        try {
            Files.createDirectories(logDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ServiceProcess service = new ServiceProcess(
                ChildProcess.start(module, command, env, repositoryRoot, logDir.resolve(module + ".log")), port);
        try {
            service.process.awaitReady("http://127.0.0.1:" + healthPort + "/q/health/ready", READY_TIMEOUT);
        } catch (ChildProcess.NotReady e) {
            service.close();
            throw e;
        }
        return service;
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    @Override
    public void close() {
        process.stop(STOP_GRACE);
    }
}
