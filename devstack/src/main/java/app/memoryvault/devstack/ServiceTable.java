package app.memoryvault.devstack;

import app.memoryvault.testing.infra.PostgresServer;
import app.memoryvault.testing.infra.S3Server;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The four services in start order, each with its port and environment: the one place that says how they are run. */
final class ServiceTable {

    /**
     * One service: its Maven module (also its name in logs), its HTTP port, the port that serves its health (the HTTP
     * port, or the gateway's management port) and the environment it gets.
     */
    record Service(String name, int port, int healthPort, Map<String, String> env) {

        String readinessUrl() {
            return "http://localhost:" + healthPort + "/q/health/ready";
        }
    }

    private ServiceTable() {
    }

    static List<Service> services() {
        return List.of(
                new Service("card-service", 8081, 8081, env(8081, Map.of())),
                new Service("media-service", 8082, 8082, env(8082, s3())),
                new Service("review-service", 8083, 8083, env(8083, Map.of())),
                new Service("gateway", Endpoints.GATEWAY_PORT, Endpoints.GATEWAY_MANAGEMENT_PORT,
                        env(Endpoints.GATEWAY_PORT, gateway())));
    }

    /** What every service gets (HTTP port, database, Kafka, OIDC), plus its own {@code extra} variables. */
    private static Map<String, String> env(int port, Map<String, String> extra) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", Endpoints.JDBC_URL);
        env.put("QUARKUS_DATASOURCE_USERNAME", PostgresServer.USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        env.put("KAFKA_BOOTSTRAP_SERVERS", Endpoints.KAFKA_BOOTSTRAP);
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", Endpoints.REALM_URL);
        env.putAll(extra);
        return Collections.unmodifiableMap(env);
    }

    private static Map<String, String> s3() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_S3_ENDPOINT_OVERRIDE", Endpoints.S3_ENDPOINT);
        env.put("QUARKUS_S3_PATH_STYLE_ACCESS", "true");
        env.put("QUARKUS_S3_AWS_REGION", S3Server.REGION);
        env.put("QUARKUS_S3_AWS_CREDENTIALS_TYPE", "static");
        env.put("QUARKUS_S3_AWS_CREDENTIALS_STATIC_PROVIDER_ACCESS_KEY_ID", S3Server.ACCESS_KEY);
        env.put("QUARKUS_S3_AWS_CREDENTIALS_STATIC_PROVIDER_SECRET_ACCESS_KEY", S3Server.SECRET_KEY);
        return env;
    }

    /** The gateway's OIDC client, and its management port (health and metrics are not served on 8080). */
    private static Map<String, String> gateway() {
        return Map.of(
                "QUARKUS_OIDC_CLIENT_ID", Endpoints.GATEWAY_CLIENT_ID,
                "QUARKUS_OIDC_CREDENTIALS_SECRET", Endpoints.gatewaySecret(),
                "QUARKUS_MANAGEMENT_PORT", String.valueOf(Endpoints.GATEWAY_MANAGEMENT_PORT));
    }
}
