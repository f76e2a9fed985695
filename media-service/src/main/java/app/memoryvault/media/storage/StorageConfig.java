package app.memoryvault.media.storage;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where media bytes are stored ({@code memoryvault.media.storage.*}). */
@ConfigMapping(prefix = "memoryvault.media.storage")
public interface StorageConfig {

    /** Which implementation stores the bytes. */
    @WithDefault("s3")
    Type type();

    /** The S3 bucket (with {@code type=s3}). */
    @WithDefault("memoryvault-media")
    String bucket();

    /** The storage implementations. */
    enum Type {
        S3,
        FILESYSTEM
    }
}
