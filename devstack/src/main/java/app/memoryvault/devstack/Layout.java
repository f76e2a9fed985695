package app.memoryvault.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Where everything lives: the repository, the persistent data folder, the logs and the unpacked Keycloak. */
record Layout(Path root, String keycloakVersion) {

    static final String DATA_FOLDER = ".devstack";
    static final String REALM_FILE = "devstack/src/main/keycloak/memoryvault-realm.json";

    /** The layout of the repository in the current directory; the Keycloak version comes from the build. */
    static Layout current() {
        Path root = Path.of("").toAbsolutePath();
        if (!Files.isDirectory(root.resolve("devstack")) || !Files.isRegularFile(root.resolve("pom.xml"))) {
            throw new IllegalStateException("run the devstack from the repository root (" + root + " is not it)");
        }
        return new Layout(root, buildProperty("keycloak.version"));
    }

    Path dataDir() {
        return root.resolve(DATA_FOLDER);
    }

    Path logsDir() {
        return dataDir().resolve("logs");
    }

    Path log(String name) {
        return logsDir().resolve(name + ".log");
    }

    Path postgresData() {
        return dataDir().resolve("postgres");
    }

    Path kafkaData() {
        return dataDir().resolve("kafka");
    }

    Path s3Data() {
        return dataDir().resolve("s3");
    }

    Path keycloakData() {
        return dataDir().resolve("keycloak");
    }

    Path keycloakHome() {
        return root.resolve("devstack/target/keycloak/keycloak-" + keycloakVersion);
    }

    Path realmFile() {
        return root.resolve(REALM_FILE);
    }

    Path serviceJar(String module) {
        return root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    private static String buildProperty(String name) {
        Properties properties = new Properties();
        try (InputStream in = Layout.class.getResourceAsStream("/devstack.properties")) {
            if (in == null) {
                throw new IllegalStateException("devstack.properties missing: build the devstack module with Maven");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty(name);
    }
}
