package app.memoryvault.gateway.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;

/** Where the services behind the gateway live and how patiently the gateway talks to them. */
@ConfigMapping(prefix = "memoryvault.gateway")
public interface GatewayConfig {

    /** Base URLs of the services (scheme, host and port only). */
    Upstreams upstreams();

    /** Longest wait for a connection to a service: the TCP connect, or a free connection from the pool. */
    @WithDefault("5s")
    Duration connectTimeout();

    /**
     * Longest wait for a service to start answering once it has received the whole request; longer is a 504.
     * The clock starts after the request body has been forwarded, so a slow client upload is never cut short.
     */
    @WithDefault("60s")
    Duration readTimeout();

    /**
     * How long an idle pooled connection to a service is kept (whole seconds). Must stay below the services' own
     * idle timeout ({@code quarkus.http.idle-timeout}, 30 min by default) so that the gateway, not the service,
     * closes idle connections.
     */
    @WithDefault("30s")
    Duration keepAliveTimeout();

    /** Most connections the gateway keeps open to one service. */
    @WithDefault("100")
    int maxConnectionsPerUpstream();

    /** Largest request bodies the gateway forwards; a larger one is a 413 problem and never reaches a service. */
    BodyLimits bodyLimits();

    /** Longest wait for each service's part of an answer the gateway composes (/api/me, the health overview). */
    @WithDefault("2s")
    Duration aggregateTimeout();

    /** Request body limits per kind of route. */
    interface BodyLimits {

        /** JSON APIs: decks, cards, reviews, settings, admin. */
        @WithDefault("1M")
        MemorySize json();

        /** Uploads: the largest file media-service takes (audio, 25 MB; images 10 MB) plus the multipart envelope. */
        @WithDefault("27M")
        MemorySize upload();
    }

    /** Base URLs of the services behind the gateway. */
    interface Upstreams {

        @WithDefault("http://localhost:8081")
        URI card();

        @WithDefault("http://localhost:8082")
        URI media();

        @WithDefault("http://localhost:8083")
        URI review();
    }
}
