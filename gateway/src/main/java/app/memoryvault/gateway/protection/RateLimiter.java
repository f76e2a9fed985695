package app.memoryvault.gateway.protection;

import app.memoryvault.gateway.config.RateLimitConfig;
import app.memoryvault.platform.problem.Problem;
import app.memoryvault.platform.problem.ProblemResponses;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Takes one token from the caller's bucket per request; an empty bucket is a 429 problem with Retry-After. */
@ApplicationScoped
public class RateLimiter {

    private final boolean enabled;
    private final Buckets users;
    private final Buckets addresses;

    public RateLimiter(RateLimitConfig config) {
        this.enabled = config.enabled();
        this.users = new Buckets(config.user(), config.maxTrackedCallers());
        this.addresses = new Buckets(config.ip(), config.maxTrackedCallers());
    }

    /** The 429 problem when the user with this subject has used up their requests, empty otherwise. */
    public Optional<Problem> checkUser(String subject, String instance) {
        return enabled ? users.take(subject, "you", instance) : Optional.empty();
    }

    /** The 429 problem when this client address has used up its requests, empty otherwise. */
    public Optional<Problem> checkAddress(String address, String instance) {
        return enabled ? addresses.take(address, "your address", instance) : Optional.empty();
    }

    /** One bucket per key, forgotten once it would have refilled completely anyway. */
    private static final class Buckets {

        private final RateLimitConfig.Limit limit;
        private final Cache<String, Bucket> buckets;

        Buckets(RateLimitConfig.Limit limit, long maxKeys) {
            this.limit = limit;
            long refillsToFull = (limit.capacity() + limit.refill() - 1) / limit.refill();
            this.buckets = Caffeine.newBuilder()
                    .maximumSize(maxKeys)
                    .expireAfterAccess(limit.period().multipliedBy(refillsToFull))
                    .build();
        }

        Optional<Problem> take(String key, String who, String instance) {
            ConsumptionProbe probe = buckets.get(key, ignored -> newBucket()).tryConsumeAndReturnRemaining(1);
            if (probe.isConsumed()) {
                return Optional.empty();
            }
            long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
            return Optional.of(ProblemResponses.forStatus(429,
                    who + " sent too many requests; retry in " + seconds + " s", instance).withRetryAfter(seconds));
        }

        private Bucket newBucket() {
            Duration period = limit.period();
            return Bucket.builder()
                    .addLimit(Bandwidth.builder().capacity(limit.capacity()).refillGreedy(limit.refill(), period).build())
                    .build();
        }
    }
}
