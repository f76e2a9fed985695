package app.memoryvault.events;

import app.memoryvault.testing.quarkus.KafkaResource;
import app.memoryvault.testing.quarkus.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** The real Postgres and Kafka every test of this module runs against; Quarkus boots once for all of them. */
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
