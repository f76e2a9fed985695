package app.memoryvault.media.upload;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/** The API with an ffprobe that hangs (a script that sleeps) and a short probe timeout. */
public class SlowProbeProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        try {
            Path script = Files.createTempFile("hanging-ffprobe", ".sh",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Files.writeString(script, "#!/bin/sh\nexec sleep 30\n");
            script.toFile().deleteOnExit();
            return Map.of("memoryvault.media.audio.ffprobe", script.toString(),
                    "memoryvault.media.audio.probe-timeout", "300ms");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
