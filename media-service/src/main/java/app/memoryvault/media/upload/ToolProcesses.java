package app.memoryvault.media.upload;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Ends the external tools (ffprobe, ffmpeg) a timeout gave up on. */
public final class ToolProcesses {

    private ToolProcesses() {
    }

    /** Kills the process and waits until it is gone, so that a timeout really frees its CPU and memory. */
    public static void kill(Process process) {
        process.destroyForcibly();
        try {
            process.onExit().get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // the kernel still reaps it; nothing more a JVM can do
        }
    }
}
