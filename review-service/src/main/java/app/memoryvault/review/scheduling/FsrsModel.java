package app.memoryvault.review.scheduling;

import java.util.List;

/** The FSRS-6 memory model: how stability and difficulty change with an answer, and the interval they give. */
public final class FsrsModel {

    static final double MIN_STABILITY = 0.001;
    static final double MAX_STABILITY = 36500;

    private final double[] w;
    private final double decay;
    private final double factor;

    public FsrsModel(List<Double> weights) {
        this.w = weights.stream().mapToDouble(Double::doubleValue).toArray();
        this.decay = -w[20];
        this.factor = Math.pow(0.9, 1 / decay) - 1;
    }

    /** The probability of recall {@code elapsedDays} after a review that left stability {@code stability}. */
    public double retrievability(double elapsedDays, double stability) {
        return Math.pow(1 + factor * elapsedDays / stability, decay);
    }

    public double initialStability(Rating rating) {
        return clampStability(w[rating.ordinal()]);
    }

    public double initialDifficulty(Rating rating) {
        return clampDifficulty(rawInitialDifficulty(rating));
    }

    public double nextDifficulty(double difficulty, Rating rating) {
        double damped = difficulty - w[6] * (rating.value() - 3) * (10 - difficulty) / 9;
        return clampDifficulty(w[7] * rawInitialDifficulty(Rating.EASY) + (1 - w[7]) * damped);
    }

    /** Stability after an answer at least a day after the previous review. */
    public double nextStability(double difficulty, double stability, double retrievability, Rating rating) {
        if (rating == Rating.AGAIN) {
            double longTerm = w[11] * Math.pow(difficulty, -w[12]) * (Math.pow(stability + 1, w[13]) - 1)
                    * Math.exp(w[14] * (1 - retrievability));
            return clampStability(Math.min(longTerm, stability / Math.exp(w[17] * w[18])));
        }
        double hardPenalty = rating == Rating.HARD ? w[15] : 1;
        double easyBonus = rating == Rating.EASY ? w[16] : 1;
        return clampStability(stability * (1 + Math.exp(w[8]) * (11 - difficulty) * Math.pow(stability, -w[9])
                * (Math.exp(w[10] * (1 - retrievability)) - 1) * hardPenalty * easyBonus));
    }

    /**
     * Stability after an answer the same day as the previous review; a pass (hard, good, easy) never lowers it, as in
     * fsrs-rs's FSRS-6 model and its vector {@code S = 5 → [1.596818, 5, 5, 8.12961]} (py-fsrs 6 floors good and easy
     * only).
     */
    public double shortTermStability(double stability, Rating rating) {
        double increase = Math.exp(w[17] * (rating.value() - 3 + w[18])) * Math.pow(stability, -w[19]);
        if (rating != Rating.AGAIN) {
            increase = Math.max(increase, 1);
        }
        return clampStability(stability * increase);
    }

    /**
     * Days until recall falls to {@code desiredRetention}, rounded half to even like Python's round() (the
     * reference implementation), at least 1 and at most {@code maximumDays}.
     */
    public int interval(double stability, double desiredRetention, int maximumDays) {
        double days = stability / factor * (Math.pow(desiredRetention, 1 / decay) - 1);
        return (int) Math.clamp(Math.rint(days), 1, maximumDays);
    }

    private double rawInitialDifficulty(Rating rating) {
        return w[4] - Math.exp(w[5] * (rating.value() - 1)) + 1;
    }

    /** {@code stability} within FSRS's bounds (0.001 to 36500 days). */
    public double clampedStability(double stability) {
        return clampStability(stability);
    }

    private static double clampStability(double stability) {
        return Math.clamp(stability, MIN_STABILITY, MAX_STABILITY);
    }

    private static double clampDifficulty(double difficulty) {
        return Math.clamp(difficulty, 1, 10);
    }
}
