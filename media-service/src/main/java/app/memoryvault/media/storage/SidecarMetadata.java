package app.memoryvault.media.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** The content type and entity tag of a filesystem object, kept in a two-line file beside it. */
final class SidecarMetadata {

    private static final String DEFAULT_TYPE = "application/octet-stream";

    private SidecarMetadata() {
    }

    static void write(Path file, String contentType, String etag) throws IOException {
        String type = contentType == null || contentType.isBlank() ? DEFAULT_TYPE : contentType.strip();
        if (type.indexOf('\n') >= 0 || type.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("not a content type: " + type);
        }
        Files.write(file, List.of(type, etag), StandardCharsets.UTF_8);
    }

    /** Reads the sidecar; an object without one (written by hand) gets a generic type and a size-and-time tag. */
    static StoredObject read(Path file, long size, long modifiedMillis) throws IOException {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() >= 2) {
                return new StoredObject(size, lines.get(1), lines.get(0));
            }
        } catch (NoSuchFileException e) {
            // falls through to the generic description
        }
        return new StoredObject(size, Long.toHexString(size) + "-" + Long.toHexString(modifiedMillis), DEFAULT_TYPE);
    }
}
