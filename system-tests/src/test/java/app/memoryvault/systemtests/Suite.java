package app.memoryvault.systemtests;

import app.memoryvault.testing.infra.FreePorts;
import app.memoryvault.testing.infra.KafkaServer;
import app.memoryvault.testing.infra.PostgresServer;
import app.memoryvault.testing.infra.S3Server;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole suite for black-box tests: real Postgres, Kafka, S3 and an OIDC server in this JVM, and the four packaged
 * services as child processes, started once for all system tests and stopped at the end.
 */
final class Suite implements AutoCloseable {

    private static Suite instance;

    private final List<AutoCloseable> started = new ArrayList<>();
    private KafkaServer kafka;
    private URI gateway;

    private Suite() {
    }

    /** The running suite, started on first use and stopped when the test JVM ends. */
    static synchronized Suite get() {
        if (instance == null) {
            Suite suite = new Suite();
            try {
                suite.boot();
            } catch (RuntimeException e) {
                suite.close();
                throw e;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(suite::close, "system-suite-stop"));
            instance = suite;
        }
        return instance;
    }

    private static final String MEDIA_BUCKET = "memoryvault-media";

    private void boot() {
        PostgresServer postgres = remember(PostgresServer.startTemporary());
        kafka = remember(KafkaServer.startTemporary());
        S3Server s3 = remember(S3Server.startTemporary());
        s3.createBucket(MEDIA_BUCKET);
        OidcWiremockTestResource oidc = new OidcWiremockTestResource();
        String keycloakUrl = oidc.start().get("keycloak.url");
        started.add(oidc::stop);
        SessionRefresh.allow(keycloakUrl);

        Path root = Path.of(System.getProperty("memoryvault.repository.root", ".."));
        Path logs = root.resolve("system-tests/target/service-logs");
        Map<String, String> common = new HashMap<>();
        common.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl());
        common.put("QUARKUS_DATASOURCE_USERNAME", PostgresServer.USER);
        common.put("QUARKUS_DATASOURCE_PASSWORD", PostgresServer.USER);
        common.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        common.put("QUARKUS_OIDC_AUTH_SERVER_URL", keycloakUrl + "/realms/quarkus/");

        Map<String, String> mediaEnv = new HashMap<>(common);
        mediaEnv.put("MEMORYVAULT_MEDIA_STORAGE_BUCKET", MEDIA_BUCKET);
        mediaEnv.put("QUARKUS_S3_ENDPOINT_OVERRIDE", s3.endpoint().toString());
        mediaEnv.put("QUARKUS_S3_PATH_STYLE_ACCESS", "true");
        mediaEnv.put("QUARKUS_S3_AWS_REGION", S3Server.REGION);
        mediaEnv.put("QUARKUS_S3_AWS_CREDENTIALS_TYPE", "static");
        mediaEnv.put("QUARKUS_S3_AWS_CREDENTIALS_STATIC_PROVIDER_ACCESS_KEY_ID", S3Server.ACCESS_KEY);
        mediaEnv.put("QUARKUS_S3_AWS_CREDENTIALS_STATIC_PROVIDER_SECRET_ACCESS_KEY", S3Server.SECRET_KEY);
        ServiceProcess media = remember(ServiceProcess.start(root, "media-service", FreePorts.next(), mediaEnv, logs));
        // card-service asks media-service about each media file a card comes to reference.
        Map<String, String> cardEnv = new HashMap<>(common);
        cardEnv.put("MEMORYVAULT_MEDIA_SERVICE_URL", media.baseUri().toString());
        ServiceProcess card = remember(ServiceProcess.start(root, "card-service", FreePorts.next(), cardEnv, logs));
        ServiceProcess review = remember(ServiceProcess.start(root, "review-service", FreePorts.next(), common, logs));
        Map<String, String> gatewayEnv = new HashMap<>(common);
        gatewayEnv.put("MEMORYVAULT_GATEWAY_UPSTREAMS_CARD", card.baseUri().toString());
        gatewayEnv.put("MEMORYVAULT_GATEWAY_UPSTREAMS_MEDIA", media.baseUri().toString());
        gatewayEnv.put("MEMORYVAULT_GATEWAY_UPSTREAMS_REVIEW", review.baseUri().toString());
        // The gateway serves health and metrics on its management port only, never on the public one.
        int gatewayPort = FreePorts.next();
        int managementPort = FreePorts.next();
        while (managementPort == gatewayPort) {
            managementPort = FreePorts.next();
        }
        gateway = remember(ServiceProcess.startWithManagementPort(root, "gateway", gatewayPort, managementPort,
                gatewayEnv, logs)).baseUri();
    }

    URI gateway() {
        return gateway;
    }

    String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    private <T extends AutoCloseable> T remember(T resource) {
        started.add(resource);
        return resource;
    }

    @Override
    public synchronized void close() {
        List<AutoCloseable> reversed = new ArrayList<>(started);
        Collections.reverse(reversed);
        started.clear();
        for (AutoCloseable resource : reversed) {
            try {
                resource.close();
            } catch (Exception e) {
                System.err.println("could not stop " + resource + ": " + e);
            }
        }
    }
}
