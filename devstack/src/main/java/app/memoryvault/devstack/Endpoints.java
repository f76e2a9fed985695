package app.memoryvault.devstack;

/** The fixed local ports and addresses of the devstack (the team's port conventions). */
final class Endpoints {

    static final int POSTGRES_PORT = 55432;
    static final int KAFKA_PORT = 9092;
    static final int KAFKA_CONTROLLER_PORT = 9093;
    static final int S3_PORT = 9000;
    static final int KEYCLOAK_PORT = 8180;
    static final int GATEWAY_PORT = 8080;
    /** The gateway's health and metrics (its management interface; Quarkus' 9000 is S3's here). */
    static final int GATEWAY_MANAGEMENT_PORT = 9080;

    static final String MEDIA_BUCKET = "memoryvault-media";
    static final String REALM = "memoryvault";
    static final String KEYCLOAK_URL = "http://localhost:" + KEYCLOAK_PORT;
    static final String REALM_URL = KEYCLOAK_URL + "/realms/" + REALM;
    static final String GATEWAY_URL = "http://localhost:" + GATEWAY_PORT;
    static final String GATEWAY_MANAGEMENT_URL = "http://localhost:" + GATEWAY_MANAGEMENT_PORT;
    static final String JDBC_URL = "jdbc:postgresql://localhost:" + POSTGRES_PORT + "/postgres";
    static final String KAFKA_BOOTSTRAP = "localhost:" + KAFKA_PORT;
    static final String S3_ENDPOINT = "http://127.0.0.1:" + S3_PORT;

    /** Secret of the confidential gateway client; the realm file reads the same variable with the same default. */
    static final String GATEWAY_CLIENT_ID = "memoryvault-gateway";
    static final String GATEWAY_SECRET_VARIABLE = "MEMORYVAULT_GATEWAY_CLIENT_SECRET";
    static final String GATEWAY_SECRET_DEFAULT = "memoryvault-gateway-dev-secret";

    private Endpoints() {
    }

    static String gatewaySecret() {
        String secret = System.getenv(GATEWAY_SECRET_VARIABLE);
        return secret == null || secret.isBlank() ? GATEWAY_SECRET_DEFAULT : secret;
    }
}
