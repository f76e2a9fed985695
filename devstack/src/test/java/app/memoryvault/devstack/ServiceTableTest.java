package app.memoryvault.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.memoryvault.testing.infra.S3Server;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The service table is the one place that says how the services are run: ports, order and environment. */
class ServiceTableTest {

    @Test
    void shouldStartTheServicesInDependencyOrderOnTheirConventionalPorts() {
        assertThat(ServiceTable.services())
                .extracting(ServiceTable.Service::name, ServiceTable.Service::port)
                .containsExactly(
                        tuple("card-service", 8081),
                        tuple("media-service", 8082),
                        tuple("review-service", 8083),
                        tuple("gateway", 8080));
    }

    @Test
    void shouldPointEveryServiceAtTheDevstackInfrastructure() {
        for (ServiceTable.Service service : ServiceTable.services()) {
            assertThat(service.env())
                    .containsEntry("QUARKUS_HTTP_PORT", String.valueOf(service.port()))
                    .containsEntry("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:55432/postgres")
                    .containsEntry("QUARKUS_DATASOURCE_USERNAME", "postgres")
                    .containsEntry("QUARKUS_DATASOURCE_PASSWORD", "postgres")
                    .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092")
                    .containsEntry("QUARKUS_OIDC_AUTH_SERVER_URL", "http://localhost:8180/realms/memoryvault");
        }
    }

    @Test
    void shouldAwaitTheServicesOnTheirHttpPortAndTheGatewayOnItsManagementPort() {
        assertThat(ServiceTable.services())
                .extracting(ServiceTable.Service::name, ServiceTable.Service::readinessUrl)
                .containsExactly(
                        tuple("card-service", "http://localhost:8081/q/health/ready"),
                        tuple("media-service", "http://localhost:8082/q/health/ready"),
                        tuple("review-service", "http://localhost:8083/q/health/ready"),
                        tuple("gateway", "http://localhost:9080/q/health/ready"));
        assertThat(ServiceTable.services().get(3).env()).containsEntry("QUARKUS_MANAGEMENT_PORT", "9080");
        assertThat(List.of(Endpoints.POSTGRES_PORT, Endpoints.KAFKA_PORT, Endpoints.KAFKA_CONTROLLER_PORT,
                Endpoints.S3_PORT, Endpoints.KEYCLOAK_PORT, 8080, 8081, 8082, 8083))
                .doesNotContain(Endpoints.GATEWAY_MANAGEMENT_PORT);
    }

    @Test
    void shouldGiveOnlyTheMediaServiceTheS3Settings() {
        List<ServiceTable.Service> services = ServiceTable.services();
        assertThat(services.get(1).env())
                .containsEntry("QUARKUS_S3_ENDPOINT_OVERRIDE", "http://127.0.0.1:9000")
                .containsEntry("QUARKUS_S3_PATH_STYLE_ACCESS", "true")
                .containsEntry("QUARKUS_S3_AWS_REGION", "us-east-1")
                .containsEntry("QUARKUS_S3_AWS_CREDENTIALS_TYPE", "static")
                .containsEntry("QUARKUS_S3_AWS_CREDENTIALS_STATIC_PROVIDER_ACCESS_KEY_ID", S3Server.ACCESS_KEY)
                .containsEntry("QUARKUS_S3_AWS_CREDENTIALS_STATIC_PROVIDER_SECRET_ACCESS_KEY", S3Server.SECRET_KEY);
        assertThat(List.of(services.get(0), services.get(2), services.get(3)))
                .allSatisfy(service -> assertThat(service.env()).doesNotContainKey("QUARKUS_S3_ENDPOINT_OVERRIDE"));
    }
}
