package app.memoryvault.media.service;

import app.memoryvault.media.config.MediaConfig;
import app.memoryvault.platform.problem.Problem;
import app.memoryvault.platform.problem.ProblemException;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Uploads per user: a token bucket per user (capacity and greedy refill of the configured uploads a minute) kept
 * in table {@code upload_rate_bucket}, so every replica shares it; 429 with {@code Retry-After} when it is empty.
 */
@ApplicationScoped
public class UploadRateLimiter {

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final BucketConfiguration configuration;

    public UploadRateLimiter(DataSource dataSource, MediaConfig config) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("media.upload_rate_bucket")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy
                        .basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
        long perMinute = config.rateLimit().uploadsPerMinute();
        this.configuration = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1))
                        .build())
                .build();
    }

    /** Takes one upload from the user's bucket, or answers 429. */
    public void acquire(String ownerId) {
        ConsumptionProbe probe = buckets.builder().build(ownerId, () -> configuration)
                .tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999));
            throw new ProblemException(Problem.of(429, "rate-limited", "Too many uploads",
                    "at most " + configuration.getBandwidths()[0].getCapacity() + " uploads a minute; try again in "
                            + seconds + " s", null).withRetryAfter(seconds));
        }
    }

    /** Drops buckets that have been full for a while, so the table holds only recent uploaders. */
    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void removeExpired() {
        while (buckets.removeExpired(1000) > 0) {
            // until none is left
        }
    }
}
