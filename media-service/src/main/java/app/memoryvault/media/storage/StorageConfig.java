package app.memoryvault.media.storage;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.util.Optional;

/**
 * Where media bytes are stored ({@code memoryvault.media.storage.*}). The S3 client itself (endpoint override,
 * path-style access, region, credentials) is configured through {@code quarkus.s3.*}.
 */
@ConfigMapping(prefix = "memoryvault.media.storage")
public interface StorageConfig {

    /** Which implementation stores the bytes. */
    @WithDefault("s3")
    Type type();

    /** The S3 bucket (with {@code type=s3}). */
    @WithDefault("memoryvault-media")
    String bucket();

    /**
     * The S3 store's address as browsers reach it, when it differs from {@code quarkus.s3.endpoint-override} (which
     * the services use): presigned links are made for this address, path-style. None: links use the client's address.
     */
    Optional<URI> publicEndpoint();

    /** Prepended to every key in the bucket (with {@code type=s3}), e.g. {@code memoryvault/}; none by default. */
    Optional<String> prefix();

    Filesystem filesystem();

    /** The local filesystem store. */
    interface Filesystem {

        /** The directory holding every object (with {@code type=filesystem}); created when missing. */
        @WithDefault("media-data")
        String root();
    }

    /** The storage implementations. */
    enum Type {
        S3,
        FILESYSTEM
    }
}
