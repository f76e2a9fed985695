package app.memoryvault.media.processing;

import app.memoryvault.media.config.MediaConfig;
import app.memoryvault.media.upload.AcceptedFormat;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * An audio job with ffmpeg in two hardened runs: the first decodes at most a little past the limit, measuring the
 * decoded duration and the integrated loudness (EBU R128); the second writes MP3 128 kb/s at 44.1 kHz with the gain
 * that reaches the target loudness and a limiter against clipping, without metadata. Longer than the limit when
 * decoded, whatever the header claims, fails.
 */
@ApplicationScoped
public class AudioProcessor {

    private static final Logger LOG = Logger.getLogger(AudioProcessor.class);
    private static final Pattern LOUDNESS = Pattern.compile("I:\\s+(-?[0-9.]+|-inf) LUFS");
    private static final Pattern OUT_TIME = Pattern.compile("out_time_us=(\\d+)");
    private static final double MAX_GAIN_DB = 30;

    private final ProcessingConfig config;
    private final long maxMillis;
    private final Ffmpeg ffmpeg;

    public AudioProcessor(ProcessingConfig config, MediaConfig media) {
        this.config = config;
        this.maxMillis = media.audio().maxDuration().toMillis();
        this.ffmpeg = new Ffmpeg(config.ffmpeg(), config.ffmpegTimeout());
    }

    public Processed process(AcceptedFormat format, Path source, Path workDir) {
        Path progress = workDir.resolve("progress.txt");
        String limit = seconds(maxMillis + 1000);
        Ffmpeg.Run measure = ffmpeg.run(format.formatName(), source, "info", workDir, List.of(
                "-vn", "-sn", "-dn", "-map", "0:a:0", "-t", limit, "-af", "ebur128=framelog=verbose",
                "-progress", progress.toAbsolutePath().toString(), "-f", "null", "-"));
        if (measure.exitCode() != 0) {
            LOG.debugf("ffmpeg could not decode an upload: %s", measure.log());
            throw new ProcessingException("the " + format.mimeType() + " file has no audio stream or cannot be decoded");
        }
        long durationMs = decodedMillis(progress);
        if (durationMs <= 0) {
            throw new ProcessingException("the file holds no audio");
        }
        if (durationMs > maxMillis) {
            throw new ProcessingException("the recording lasts more than " + maxMillis / 1000 + " s when decoded");
        }
        double gain = gainDb(measure.log());
        Path output = workDir.resolve("audio.mp3");
        Ffmpeg.Run encode = ffmpeg.run(format.formatName(), source, "error", workDir, List.of(
                "-vn", "-sn", "-dn", "-map", "0:a:0", "-map_metadata", "-1", "-t", seconds(maxMillis),
                "-af", String.format(Locale.ROOT, "volume=%.2fdB,alimiter=limit=0.891:level=disabled", gain),
                "-ar", "44100", "-c:a", "libmp3lame", "-b:a", "128k", "-id3v2_version", "0", "-write_xing", "1",
                "-fflags", "+bitexact", "-f", "mp3", "-y", output.toAbsolutePath().toString()));
        if (encode.exitCode() != 0) {
            LOG.debugf("ffmpeg could not encode an upload: %s", encode.log());
            throw new ProcessingException("the " + format.mimeType() + " file cannot be decoded");
        }
        return Processed.audio(new Variant("audio", output, "audio/mpeg"), durationMs);
    }

    /** The gain to the target from the measured integrated loudness; none for silence. */
    private double gainDb(String log) {
        Matcher matcher = LOUDNESS.matcher(log);
        String measured = null;
        while (matcher.find()) {
            measured = matcher.group(1);
        }
        if (measured == null || "-inf".equals(measured) || Double.parseDouble(measured) < -70) {
            return 0;
        }
        return Math.min(MAX_GAIN_DB, config.targetLoudness() - Double.parseDouble(measured));
    }

    private static long decodedMillis(Path progress) {
        try {
            Matcher matcher = OUT_TIME.matcher(Files.readString(progress));
            long micros = 0;
            while (matcher.find()) {
                micros = Long.parseLong(matcher.group(1));
            }
            return micros / 1000;
        } catch (IOException e) {
            return 0;
        }
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }
}
