package app.memoryvault.media.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Typed configuration of the media-service ({@code memoryvault.media.*}). */
@ConfigMapping(prefix = "memoryvault.media")
public interface MediaConfig {

    /** What this process does: serve the API, run processing workers, or both (tests, local runs). */
    @WithDefault("both")
    Role role();

    Quota quota();

    Upload upload();

    Image image();

    Audio audio();

    RateLimit rateLimit();

    Collector collector();

    /** The roles of a media-service process. */
    enum Role {
        API, WORKER, BOTH;

        /** Whether this process consumes {@code media-uploaded}. */
        public boolean processes() {
            return this != API;
        }
    }

    /** Per-user storage limits, counted in stored bytes. */
    interface Quota {

        /** What a user may store until an admin changes it: 1 GiB. */
        @WithDefault("1073741824")
        long defaultLimitBytes();
    }

    /** How uploads are received. */
    interface Upload {

        /** Largest image upload: 10 MB. */
        @WithDefault("10485760")
        long imageMaxBytes();

        /** Largest audio upload: 25 MB. */
        @WithDefault("26214400")
        long audioMaxBytes();

        /** Where uploads wait, each in a private folder, while they are checked; the JVM's temp dir by default. */
        Optional<Path> tempDir();
    }

    /** Limits read from an image's header before anything is decoded. */
    interface Image {

        /** Width × height × frames: 50 MP. */
        @WithDefault("50000000")
        long maxPixels();

        /** Frames of an animation. */
        @WithDefault("500")
        int maxFrames();
    }

    /** How audio is probed. */
    interface Audio {

        /** The ffprobe executable. */
        @WithDefault("ffprobe")
        String ffprobe();

        /** Wall-clock limit of one probe; the process is killed after it. */
        @WithDefault("10s")
        Duration probeTimeout();

        /** Longest accepted recording, by its header (workers check the decoded stream again). */
        @WithDefault("5m")
        Duration maxDuration();
    }

    /** Uploads per user, shared by every replica through Postgres. */
    interface RateLimit {

        @WithDefault("60")
        long uploadsPerMinute();
    }

    /** The scheduled removal of deleted files. */
    interface Collector {

        /** How long a deleted file's objects are kept before they are removed and its quota returned. */
        @WithDefault("24h")
        Duration grace();

        /** How often the collector runs. */
        @WithDefault("10m")
        String every();

        /** Files removed per run. */
        @WithDefault("100")
        int batchSize();

        /**
         * How old an upload object with no file referring to it must be before it is removed (longer than any
         * upload takes between storing and registering).
         */
        @WithDefault("6h")
        Duration orphanGrace();
    }
}
