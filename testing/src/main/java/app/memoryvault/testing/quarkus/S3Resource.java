package app.memoryvault.testing.quarkus;

import app.memoryvault.testing.infra.S3Server;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Starts an S3 server with signature checking for a Quarkus test run, creates the bucket named by the
 * {@code bucket} init argument (default {@value #DEFAULT_BUCKET}) and points {@code quarkus-amazon-s3} at it.
 */
public class S3Resource implements QuarkusTestResourceLifecycleManager {

    public static final String DEFAULT_BUCKET = "memoryvault-media";

    private S3Server server;
    private String bucket = DEFAULT_BUCKET;

    @Override
    public void init(Map<String, String> initArgs) {
        bucket = initArgs.getOrDefault("bucket", DEFAULT_BUCKET);
    }

    @Override
    public Map<String, String> start() {
        server = S3Server.startTemporary();
        server.createBucket(bucket);
        return Map.of(
                "quarkus.s3.endpoint-override", server.endpoint().toString(),
                "quarkus.s3.path-style-access", "true",
                "quarkus.s3.aws.region", S3Server.REGION,
                "quarkus.s3.aws.credentials.type", "static",
                "quarkus.s3.aws.credentials.static-provider.access-key-id", S3Server.ACCESS_KEY,
                "quarkus.s3.aws.credentials.static-provider.secret-access-key", S3Server.SECRET_KEY,
                "memoryvault.test.s3.bucket", bucket);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
