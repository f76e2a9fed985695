package app.memoryvault.card.client;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;

/** Where card-service reaches media-service to check the media files that cards reference, and how patiently. */
@ConfigMapping(prefix = "memoryvault.media-service")
public interface MediaServiceConfig {

    /** media-service's base address, e.g. {@code http://media-service:8082}. */
    @WithDefault("http://localhost:8082")
    URI url();

    /** How long to wait for a connection; then the card request answers 503. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** How long to wait for media-service's answer; then the card request answers 503. */
    @WithDefault("5s")
    Duration readTimeout();
}
