package app.memoryvault.media.storage;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.nio.file.Path;
import org.jboss.logging.Logger;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** Makes the one {@link MediaStorage} bean the configuration asks for ({@code memoryvault.media.storage.type}). */
@ApplicationScoped
public class MediaStorageProducer {

    private static final Logger LOG = Logger.getLogger(MediaStorageProducer.class);

    private S3Presigner publicPresigner;

    @Produces
    @ApplicationScoped
    MediaStorage mediaStorage(StorageConfig config, S3Client s3, S3Presigner presigner) {
        return switch (config.type()) {
            case S3 -> {
                LOG.infof("media storage: S3 bucket %s%s", config.bucket(), config.prefix().map(p -> " prefix " + p).orElse(""));
                yield new S3MediaStorage(s3, linkPresigner(config, s3, presigner), config.bucket(), config.prefix());
            }
            case FILESYSTEM -> {
                Path root = Path.of(config.filesystem().root()).toAbsolutePath().normalize();
                LOG.infof("media storage: filesystem under %s", root);
                yield new FilesystemMediaStorage(root);
            }
        };
    }

    private S3Presigner linkPresigner(StorageConfig config, S3Client s3, S3Presigner presigner) {
        if (config.publicEndpoint().isEmpty()) {
            return presigner;
        }
        LOG.infof("media links: presigned for %s", config.publicEndpoint().get());
        publicPresigner = PublicEndpointPresigner.of(s3, config.publicEndpoint().get());
        return publicPresigner;
    }

    @PreDestroy
    void closePublicPresigner() {
        if (publicPresigner != null) {
            publicPresigner.close();
        }
    }
}
