package app.memoryvault.devstack;

import app.memoryvault.testing.infra.ChildProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Keycloak from the distribution the Maven build unpacked, run as {@code kc.sh start-dev} with the committed realm
 * imported on first start. Its H2 database lives under {@code .devstack/keycloak}, so it survives a rebuild.
 */
final class Keycloak {

    static final String ADMIN_USERNAME = "admin";
    static final String ADMIN_PASSWORD = "admin";
    static final String HEAP = "-Xms64m -Xmx512m";
    static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private Keycloak() {
    }

    static String readinessUrl() {
        return Endpoints.REALM_URL + "/.well-known/openid-configuration";
    }

    static ChildProcess start(Layout layout, String javaHome) {
        Path home = layout.keycloakHome();
        Path script = home.resolve("bin/kc.sh");
        if (!Files.isRegularFile(script)) {
            throw new StartFailed("Keycloak is not unpacked at " + home
                    + ": build it with ./run.sh (without --skip-build) or ./mvnw -B -q package -pl devstack -am -DskipTests");
        }
        installRealm(layout.realmFile(), home.resolve("data/import"));
        createDirectories(layout.keycloakData());
        List<String> command = List.of("sh", script.toString(),
                "start-dev",
                "--import-realm",
                "--http-port=" + Endpoints.KEYCLOAK_PORT,
                // H2's file lives at <db-url-path>/data/h2: keep it with the other devstack data, out of target/
                "-Dkc.db-url-path=" + layout.keycloakData().toAbsolutePath());
        Map<String, String> env = Map.of(
                "JAVA_HOME", javaHome,
                "JAVA_OPTS_KC_HEAP", HEAP,
                "KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USERNAME,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        return ChildProcess.start("keycloak", command, env, home, layout.log("keycloak"));
    }

    /** {@code --import-realm} reads {@code data/import/*.json} and skips a realm that exists already. */
    private static void installRealm(Path realmFile, Path importDir) {
        try {
            Files.createDirectories(importDir);
            Files.copy(realmFile, importDir.resolve(realmFile.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("could not copy the realm " + realmFile + " to " + importDir, e);
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
