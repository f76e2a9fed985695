package app.memoryvault.media.processing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Typed configuration of the processing workers ({@code memoryvault.media.processing.*}). */
@ConfigMapping(prefix = "memoryvault.media.processing")
public interface ProcessingConfig {

    /** Jobs one worker runs at once; the number of cores by default. */
    Optional<Integer> concurrency();

    /** Where jobs keep their files, each in a private folder; the JVM's temp dir by default. */
    Optional<Path> tempDir();

    /** Longest side of the {@code display} variant of an image. */
    @WithDefault("2048")
    int displayMaxSide();

    /** JPEG quality of image variants, 0–1. */
    @WithDefault("0.85")
    float jpegQuality();

    /** The ffmpeg executable; found on the PATH by default. */
    @WithDefault("ffmpeg")
    String ffmpeg();

    /** Wall-clock limit of one ffmpeg run; the process is killed after it. */
    @WithDefault("120s")
    Duration ffmpegTimeout();

    /**
     * Wall-clock limit of decoding one image (ImageIO, or ffmpeg for WebP); a slower image fails, a decode that
     * cannot be aborted finishes in the background.
     */
    @WithDefault("30s")
    Duration decodeTimeout();

    /** Integrated loudness audio is normalised to, in LUFS. */
    @WithDefault("-16")
    double targetLoudness();

    /** The effective concurrency. */
    default int jobs() {
        return concurrency().orElse(Runtime.getRuntime().availableProcessors());
    }
}
