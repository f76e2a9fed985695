package app.memoryvault.media.processing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The media-service as role both: the API and a worker consuming media-uploaded. */
public class WorkerProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("memoryvault.media.role", "both", "memoryvault.media.processing.concurrency", "2");
    }
}
