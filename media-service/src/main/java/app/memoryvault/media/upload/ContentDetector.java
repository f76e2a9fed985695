package app.memoryvault.media.upload;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;

/** Detects a file's type from its bytes alone (Tika's magic), never from a name or a declared type. */
@ApplicationScoped
public class ContentDetector {

    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();

    /** The detected type without parameters, e.g. {@code image/png}; {@code application/octet-stream} if unknown. */
    public String detect(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return detector.detect(in, new Metadata()).getBaseType().toString();
        }
    }
}
