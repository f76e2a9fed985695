package app.memoryvault.card.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * A WireMock server standing in for media-service's {@code GET /api/files/{id}}; card-service is pointed at it.
 * Tests stub it through {@link MediaFiles}. The real media-service is exercised by the system tests.
 */
public class MediaServiceStub implements QuarkusTestResourceLifecycleManager {

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        // What no test stubbed is a file media-service does not show the caller; answered by a stub, since WireMock
        // answers unmatched requests slowly (it looks for near misses among every stub).
        server.stubFor(get(urlPathMatching("/api/files/.*")).atPriority(10).willReturn(aResponse().withStatus(404)));
        return Map.of("memoryvault.media-service.url", server.baseUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
