package app.memoryvault.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The security headers the gateway puts on every answer that does not set them itself. */
@ConfigMapping(prefix = "memoryvault.gateway.security-headers")
public interface SecurityHeadersConfig {

    /**
     * Content-Security-Policy of the web app (everything outside /api and /q). Media links are signed URLs of the
     * object store: when it is not on https, add its origin to img-src and media-src.
     */
    @WithDefault("default-src 'self'; img-src 'self' data: blob: https:; media-src 'self' blob: https:; "
            + "style-src 'self'; script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'")
    String webAppContentSecurityPolicy();

    @WithDefault("no-referrer")
    String referrerPolicy();

    /** How long browsers keep to https once they got the gateway over TLS (Strict-Transport-Security max-age). */
    @WithDefault("365d")
    Duration hstsMaxAge();
}
