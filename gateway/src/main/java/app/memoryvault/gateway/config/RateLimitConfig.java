package app.memoryvault.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Token buckets for /api requests: one per client IP (checked before the token is validated) and one per user (the
 * token's subject). Buckets live in the memory of each gateway replica, so with n replicas behind a round-robin
 * balancer a caller may get up to n times the configured rate.
 */
@ConfigMapping(prefix = "memoryvault.gateway.rate-limits")
public interface RateLimitConfig {

    /** Off only for benchmarks or a trusted single-user setup. */
    @WithDefault("true")
    boolean enabled();

    /** Per authenticated user (token subject). */
    UserLimit user();

    /** Per client address, as the gateway sees it (behind a trusted proxy: the forwarded address). */
    IpLimit ip();

    /** Most callers tracked at once per kind; the least recently seen are forgotten first. */
    @WithDefault("100000")
    long maxTrackedCallers();

    /** A bucket of {@code capacity} requests (the burst) that refills {@code refill} requests every {@code period}. */
    interface Limit {

        long capacity();

        long refill();

        Duration period();
    }

    /** A user may burst 100 requests and make 10 a second on average. */
    interface UserLimit extends Limit {

        @Override
        @WithDefault("100")
        long capacity();

        @Override
        @WithDefault("10")
        long refill();

        @Override
        @WithDefault("1s")
        Duration period();
    }

    /** An address (possibly many users behind one NAT) may burst 300 requests and make 30 a second on average. */
    interface IpLimit extends Limit {

        @Override
        @WithDefault("300")
        long capacity();

        @Override
        @WithDefault("30")
        long refill();

        @Override
        @WithDefault("1s")
        Duration period();
    }
}
