package app.memoryvault.media.serving;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Signed links to file content ({@code memoryvault.media.links.*}). */
@ConfigMapping(prefix = "memoryvault.media.links")
public interface LinksConfig {

    /** How long a link works after it was handed out. */
    @WithDefault("PT15M")
    Duration ttl();

    /**
     * The HMAC-SHA256 key of links served by media-service (filesystem store), at least 32 characters. Every
     * replica must have the same one, or a link made by one replica fails on another. Without it a random key is
     * made at start, which only a single instance outside production may rely on.
     */
    Optional<String> secret();

    /**
     * What is put in front of {@code /api/files/...} in links served by media-service, e.g.
     * {@code https://memoryvault.example}; none makes the links relative to the host the client called.
     */
    Optional<String> baseUrl();
}
