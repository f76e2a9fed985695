package app.memoryvault.media.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed configuration of the media-service ({@code memoryvault.media.*}). */
@ConfigMapping(prefix = "memoryvault.media")
public interface MediaConfig {

    Quota quota();

    /** Per-user storage limits, counted in stored bytes. */
    interface Quota {

        /** What a user may store until an admin changes it: 1 GiB. */
        @WithDefault("1073741824")
        long defaultLimitBytes();
    }
}
