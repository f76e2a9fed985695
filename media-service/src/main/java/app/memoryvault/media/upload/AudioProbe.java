package app.memoryvault.media.upload;

import app.memoryvault.media.config.MediaConfig;
import app.memoryvault.platform.problem.Problem;
import app.memoryvault.platform.problem.ProblemException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Probes an audio upload with ffprobe under a hardened argument list: the demuxer is forced to the one detected
 * from the bytes (and whitelisted), only local files may be opened, no stdin, a wall-clock timeout that kills the
 * process (503, retry later: a header read with the demuxer forced is quick, so a timeout means a busy server).
 * Refuses (422) a file without an audio stream, with a codec its container does not allow here, or longer than
 * the configured duration.
 */
@ApplicationScoped
public class AudioProbe {

    private static final Logger LOG = Logger.getLogger(AudioProbe.class);

    private final MediaConfig.Audio config;
    private final ObjectMapper json;

    public AudioProbe(MediaConfig config, ObjectMapper json) {
        this.config = config.audio();
        this.json = json;
    }

    /** Returns the duration in milliseconds the header claims, when it claims one. */
    public Long check(AcceptedFormat format, Path file, Path privateDir) {
        JsonNode probe = probe(format, file, privateDir);
        JsonNode audio = null;
        for (JsonNode stream : probe.path("streams")) {
            if ("audio".equals(stream.path("codec_type").asText())) {
                audio = stream;
                break;
            }
        }
        if (audio == null) {
            throw MediaChecks.refused("the file has no audio stream");
        }
        String codec = audio.path("codec_name").asText();
        if (!format.codecs().contains(codec)) {
            throw MediaChecks.refused("the " + format.mimeType() + " file holds " + codec + " audio; accepted: "
                    + String.join(", ", format.codecs().stream().sorted().toList()));
        }
        Double seconds = seconds(probe.path("format").path("duration"));
        if (seconds != null && seconds * 1000 > config.maxDuration().toMillis()) {
            throw MediaChecks.refused("the recording lasts " + Math.round(seconds) + " s, more than "
                    + config.maxDuration().toSeconds() + " s");
        }
        return seconds == null ? null : Math.round(seconds * 1000);
    }

    private JsonNode probe(AcceptedFormat format, Path file, Path privateDir) {
        Path out = privateDir.resolve("probe.json");
        Path err = privateDir.resolve("probe.err");
        List<String> command = List.of(config.ffprobe(), "-v", "error", "-hide_banner",
                "-protocol_whitelist", "file", "-format_whitelist", format.formatName(), "-f", format.formatName(),
                "-show_entries", "stream=codec_type,codec_name:format=duration", "-of", "json",
                "-i", "file:" + file.toAbsolutePath());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(privateDir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        Process process = null;
        try {
            process = builder.start();
            if (!process.waitFor(config.probeTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                // reading a header with the demuxer forced is quick: running out of time means the server is busy
                throw new ProblemException(Problem.of(503, "probe-timeout", "Service busy",
                        "the audio could not be checked within " + config.probeTimeout().toMillis() / 1000.0 + " s",
                        null).withRetryAfter(10));
            }
            if (process.exitValue() != 0) {
                LOG.debugf("ffprobe refused an upload: %s", Files.readString(err));
                throw MediaChecks.refused("the " + format.mimeType() + " file cannot be read");
            }
            return json.readTree(out.toFile());
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + config.ffprobe(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while probing audio", e);
        } finally {
            if (process != null && process.isAlive()) {
                ToolProcesses.kill(process);
            }
        }
    }

    private static Double seconds(JsonNode duration) {
        if (duration.isMissingNode() || duration.isNull()) {
            return null;
        }
        try {
            return Double.parseDouble(duration.asText());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
