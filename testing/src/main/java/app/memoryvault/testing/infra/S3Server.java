package app.memoryvault.testing.infra;

import java.net.URI;
import java.nio.file.Path;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;

/** An S3-compatible server (S3Proxy) inside this JVM, checking AWS V2/V4 signatures so presigned URLs are tested for real. */
public final class S3Server implements AutoCloseable {

    public static final String ACCESS_KEY = "memoryvault";
    public static final String SECRET_KEY = "memoryvault-secret";
    public static final String REGION = "us-east-1";

    private final S3Proxy proxy;
    private final BlobStore store;

    private S3Server(S3Proxy proxy, BlobStore store) {
        this.proxy = proxy;
        this.store = store;
    }

    /** Objects kept in memory, gone on close. */
    public static S3Server startTemporary() {
        return start(new TransientNio2BlobStore(), 0);
    }

    /** Objects kept as plain files under {@code baseDir}. */
    public static S3Server startPersistent(Path baseDir, int port) {
        return start(new FilesystemNio2BlobStore(baseDir.toAbsolutePath().toString()), port);
    }

    private static S3Server start(BlobStore store, int port) {
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(store)
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .endpoint(URI.create("http://127.0.0.1:" + port))
                .build();
        try {
            proxy.start();
            while (!"STARTED".equals(proxy.getState())) {
                Thread.sleep(10);
            }
        } catch (Exception e) {
            throw new IllegalStateException("S3Proxy did not start", e);
        }
        return new S3Server(proxy, store);
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + proxy.getPort());
    }

    /** Creates a bucket unless it exists already. */
    public void createBucket(String bucket) {
        if (!store.containerExists(bucket)) {
            store.createContainer(bucket);
        }
    }

    @Override
    public void close() {
        try {
            proxy.stop();
        } catch (Exception e) {
            throw new IllegalStateException("S3Proxy did not stop cleanly", e);
        }
    }
}
