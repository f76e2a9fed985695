package app.memoryvault.gateway.proxy;

import app.memoryvault.gateway.config.GatewayConfig;
import java.net.URI;

/** The services the gateway forwards to. */
public enum Upstream {

    CARD("card-service"),
    MEDIA("media-service"),
    REVIEW("review-service");

    private final String serviceName;

    Upstream(String serviceName) {
        this.serviceName = serviceName;
    }

    public String serviceName() {
        return serviceName;
    }

    /** Where the service lives (scheme, host, port). */
    public URI baseUrl(GatewayConfig config) {
        return switch (this) {
            case CARD -> config.upstreams().card();
            case MEDIA -> config.upstreams().media();
            case REVIEW -> config.upstreams().review();
        };
    }
}
