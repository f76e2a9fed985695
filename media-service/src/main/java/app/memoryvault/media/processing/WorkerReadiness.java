package app.memoryvault.media.processing;

import app.memoryvault.media.config.MediaConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.File;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** A worker is ready once its ffmpeg runs; an API-only process does not need one. Database and Kafka have their own checks. */
@Readiness
@ApplicationScoped
public class WorkerReadiness implements HealthCheck {

    private final MediaConfig config;
    private final ProcessingConfig processing;
    private volatile boolean ffmpegRuns;

    public WorkerReadiness(MediaConfig config, ProcessingConfig processing) {
        this.config = config;
        this.processing = processing;
    }

    @Override
    public HealthCheckResponse call() {
        if (!config.role().processes()) {
            return HealthCheckResponse.named("media-worker").up().withData("role", "api").build();
        }
        if (!ffmpegRuns) {
            ffmpegRuns = runs(processing.ffmpeg());
        }
        return HealthCheckResponse.named("media-worker").status(ffmpegRuns)
                .withData("role", config.role().name().toLowerCase(Locale.ROOT))
                .withData("ffmpeg", processing.ffmpeg()).build();
    }

    private static boolean runs(String ffmpeg) {
        try {
            Process process = new ProcessBuilder(ffmpeg, "-hide_banner", "-version")
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectErrorStream(true).start();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
