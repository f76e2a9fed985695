package app.memoryvault.review.scheduling;

import java.time.Duration;
import java.util.List;

/**
 * FSRS-6 settings: the 21 model weights, the desired retention, the (re)learning steps, the maximum interval and
 * whether review intervals are fuzzed.
 */
public record FsrsParameters(List<Double> weights, double desiredRetention, List<Duration> learningSteps,
        List<Duration> relearningSteps, int maximumIntervalDays, boolean fuzz) {

    /** The FSRS-6 default weights (fsrs-rs 6, py-fsrs 6, ts-fsrs 5). */
    public static final List<Double> DEFAULT_WEIGHTS = List.of(0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334,
            3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912,
            0.0658, 0.1542);
    public static final double DEFAULT_DESIRED_RETENTION = 0.9;
    public static final double MIN_DESIRED_RETENTION = 0.70;
    public static final double MAX_DESIRED_RETENTION = 0.99;
    public static final int DEFAULT_MAXIMUM_INTERVAL_DAYS = 36500;

    public FsrsParameters {
        if (weights.size() != 21) {
            throw new IllegalArgumentException("FSRS-6 needs 21 weights, got " + weights.size());
        }
        if (desiredRetention < MIN_DESIRED_RETENTION || desiredRetention > MAX_DESIRED_RETENTION) {
            throw new IllegalArgumentException("desired retention must be in [0.70, 0.99], was " + desiredRetention);
        }
        if (maximumIntervalDays < 1 || maximumIntervalDays > DEFAULT_MAXIMUM_INTERVAL_DAYS) {
            throw new IllegalArgumentException("maximum interval must be 1..36500 days, was " + maximumIntervalDays);
        }
        weights = List.copyOf(weights);
        learningSteps = List.copyOf(learningSteps);
        relearningSteps = List.copyOf(relearningSteps);
    }

    /** Defaults: retention 0.9, learning steps 1 and 10 minutes, relearning step 10 minutes, 36500 days, fuzz on. */
    public static FsrsParameters defaults() {
        return withRetention(DEFAULT_DESIRED_RETENTION);
    }

    public static FsrsParameters withRetention(double desiredRetention) {
        return new FsrsParameters(DEFAULT_WEIGHTS, desiredRetention, List.of(Duration.ofMinutes(1),
                Duration.ofMinutes(10)), List.of(Duration.ofMinutes(10)), DEFAULT_MAXIMUM_INTERVAL_DAYS, true);
    }

    public FsrsParameters withoutFuzz() {
        return new FsrsParameters(weights, desiredRetention, learningSteps, relearningSteps, maximumIntervalDays,
                false);
    }
}
