package app.memoryvault.media.processing;

import app.memoryvault.media.upload.ToolProcesses;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs ffmpeg on a file we created, hardened: no stdin, one thread, only the file protocol, the demuxer forced to
 * the one detected from the bytes and whitelisted, and a wall-clock timeout that kills the process.
 */
final class Ffmpeg {

    private final String executable;
    private final Duration timeout;

    Ffmpeg(String executable, Duration timeout) {
        this.executable = executable;
        this.timeout = timeout;
    }

    /** What a finished run wrote to stderr. */
    record Run(int exitCode, String log) {
    }

    /** Runs ffmpeg with the hardened input options for {@code input}, then {@code rest}, in {@code dir}. */
    Run run(String demuxer, Path input, String logLevel, Path dir, List<String> rest) {
        List<String> command = new ArrayList<>(List.of(executable, "-nostdin", "-hide_banner", "-nostats",
                "-loglevel", logLevel, "-threads", "1", "-protocol_whitelist", "file",
                "-format_whitelist", demuxer, "-f", demuxer, "-i", "file:" + input.toAbsolutePath()));
        command.addAll(rest);
        Path log = dir.resolve("ffmpeg.log");
        Process process = null;
        try {
            process = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(log.toFile())
                    .start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ProcessingException("ffmpeg could not process the file within " + timeout.toMillis() / 1000.0
                        + " s");
            }
            return new Run(process.exitValue(), Files.readString(log));
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + executable, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running ffmpeg", e);
        } finally {
            if (process != null && process.isAlive()) {
                ToolProcesses.kill(process);
            }
        }
    }
}
