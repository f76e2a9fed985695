package app.memoryvault.media.serving;

import app.memoryvault.media.model.MediaFile;
import app.memoryvault.media.storage.MediaStorage;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Signed, expiring links to every processed variant of a file: S3 presigned URLs with the S3 store, HMAC-signed
 * links to {@code GET /api/files/{id}/content} with the filesystem store. The raw upload is never linked.
 */
@ApplicationScoped
public class MediaLinks {

    private final MediaStorage storage;
    private final LinkSigner signer;
    private final LinksConfig config;
    private final Clock clock;

    public MediaLinks(MediaStorage storage, LinkSigner signer, LinksConfig config) {
        this.storage = storage;
        this.signer = signer;
        this.config = config;
        this.clock = Clock.systemUTC();
    }

    /** One link per entry of {@code file.variantKeys}, by variant name; none for a deleted file. */
    public Map<String, URI> linksTo(MediaFile file) {
        if (file.deletedAt != null || file.variantKeys == null || file.variantKeys.isEmpty()) {
            return Map.of();
        }
        Duration ttl = config.ttl();
        long expires = clock.instant().plus(ttl).getEpochSecond();
        Map<String, URI> links = new TreeMap<>();
        file.variantKeys.forEach((variant, key) -> links.put(variant,
                storage.presignedGet(key, ttl, ContentDisposition.inline(file.id, variant, null))
                        .orElseGet(() -> served(file.id, variant, expires))));
        return Collections.unmodifiableMap(links);
    }

    /** The HMAC-signed link media-service itself serves. */
    URI served(UUID id, String variant, long expires) {
        String base = config.baseUrl().map(url -> url.replaceAll("/+$", "")).orElse("");
        return URI.create(base + "/api/files/" + id + "/content?variant=" + URLEncoder.encode(variant, StandardCharsets.UTF_8)
                + "&expires=" + expires + "&signature=" + signer.sign(id, variant, expires));
    }
}
