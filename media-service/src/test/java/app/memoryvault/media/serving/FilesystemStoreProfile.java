package app.memoryvault.media.serving;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/** The media-service with the filesystem store (in a fresh temporary folder), which serves signed links itself. */
public class FilesystemStoreProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        try {
            return Map.of("memoryvault.media.storage.type", "filesystem",
                    "memoryvault.media.storage.filesystem.root", Files.createTempDirectory("media-store").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
