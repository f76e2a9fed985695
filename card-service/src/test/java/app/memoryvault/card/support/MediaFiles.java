package app.memoryvault.card.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Media files as the media-service stub ({@link MediaServiceStub}) shows them to one token: a file answers only
 * when asked with its owner's token, as media-service answers another user's file with 404.
 */
public final class MediaFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MediaFiles() {
    }

    /** A processed image of 800×600 with its three variants. */
    public static String readyImage(String token) {
        return readyImage(token, UUID.randomUUID().toString());
    }

    /** The file {@code id} is (again) a processed image of 800×600 with its three variants. */
    public static String readyImage(String token, String id) {
        return file(token, id, Map.of("kind", "image", "status", "ready", "width", 800, "height", 600,
                "links", links("display", "thumb200", "thumb400")));
    }

    public static String pendingImage(String token) {
        return file(token, Map.of("kind", "image", "status", "pending"));
    }

    public static String pendingAudio(String token) {
        return file(token, Map.of("kind", "audio", "status", "pending"));
    }

    public static String readyAudio(String token) {
        return file(token, Map.of("kind", "audio", "status", "ready", "durationMs", 4200,
                "links", links("audio")));
    }

    /** A new file with these fields of media-service's Media resource; returns its id. */
    public static String file(String token, Map<String, Object> fields) {
        return file(token, UUID.randomUUID().toString(), fields);
    }

    private static String file(String token, String id, Map<String, Object> fields) {
        Map<String, Object> media = new LinkedHashMap<>(fields);
        media.put("id", id);
        media.put("size", 1234);
        try {
            answer(token, id, okJson(JSON.writeValueAsString(media)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    /** media-service answers {@code response} for this file asked with this token. */
    public static void answer(String token, String id, ResponseDefinitionBuilder response) {
        stub(get(urlPathEqualTo("/api/files/" + id)).withHeader("Authorization", equalTo("Bearer " + token))
                .willReturn(response));
    }

    public static ResponseDefinitionBuilder status(int status) {
        return aResponse().withStatus(status);
    }

    /** How many times card-service asked for this file. */
    public static int asked(String id) {
        return client().find(WireMock.getRequestedFor(urlPathEqualTo("/api/files/" + id))).size();
    }

    private static void stub(MappingBuilder mapping) {
        client().register(mapping);
    }

    private static Map<String, String> links(String... variants) {
        Map<String, String> links = new LinkedHashMap<>();
        for (String variant : variants) {
            links.put(variant, "https://s3.example/signed/" + variant + "?X-Amz-Signature=abc");
        }
        return links;
    }

    private static WireMock client() {
        URI url = ConfigProvider.getConfig().getValue("memoryvault.media-service.url", URI.class);
        return new WireMock(url.getHost(), url.getPort());
    }
}
