package app.memoryvault.media.processing;

import java.nio.file.Path;

/** One processed variant waiting in the job's folder to be stored. */
public record Variant(String name, Path file, String contentType) {
}
