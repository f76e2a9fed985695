package app.memoryvault.media.processing;

import app.memoryvault.testing.quarkus.KafkaResource;
import app.memoryvault.testing.quarkus.PostgresResource;
import app.memoryvault.testing.quarkus.S3Resource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code @QuarkusTest} of the processing workers on real Postgres, Kafka, S3 and the OIDC test server; the classes
 * add {@code @TestProfile(WorkerProfile.class)}, so they share one Quarkus boot in the worker role.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(S3Resource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface WorkerTest {
}
