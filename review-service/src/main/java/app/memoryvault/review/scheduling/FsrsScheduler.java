package app.memoryvault.review.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * FSRS-6 with learning and relearning steps, as py-fsrs 6 schedules: a new card starts at learning step 0; in
 * (re)learning, again goes back to step 0, hard on the first step waits the mean of the first two steps (1.5 × a
 * single step), good moves to the next step or graduates after the last one, easy graduates at once; in review,
 * again enters relearning. Elapsed time counts whole days (floor), as py-fsrs does. Review intervals of 3 days or
 * more are fuzzed within FSRS's ranges by a random number seeded from the card id and its review count, so a replay
 * of the same reviews gives the same schedule.
 */
public final class FsrsScheduler implements Scheduler {

    private static final double[][] FUZZ_RANGES = {{2.5, 7, 0.15}, {7, 20, 0.10}, {20, Double.MAX_VALUE, 0.05}};

    private final FsrsParameters parameters;
    private final FsrsModel model;

    public FsrsScheduler(FsrsParameters parameters) {
        this.parameters = parameters;
        this.model = new FsrsModel(parameters.weights());
    }

    @Override
    public Outcome review(UUID cardId, CardState state, Rating rating, Instant at) {
        double stability;
        double difficulty;
        Long elapsedDays = state.lastReview() == null ? null
                : Math.max(0, Duration.between(state.lastReview(), at).toDays());
        if (state.stability() == null || state.difficulty() == null) {
            stability = model.initialStability(rating);
            difficulty = model.initialDifficulty(rating);
        } else if (elapsedDays != null && elapsedDays < 1) {
            stability = model.shortTermStability(state.stability(), rating);
            difficulty = model.nextDifficulty(state.difficulty(), rating);
        } else {
            double r = elapsedDays == null ? 1 : model.retrievability(elapsedDays, state.stability());
            stability = model.nextStability(state.difficulty(), state.stability(), r, rating);
            difficulty = model.nextDifficulty(state.difficulty(), rating);
        }
        return switch (state.phase()) {
            case NEW, LEARNING -> steps(cardId, state, rating, at, stability, difficulty, Phase.LEARNING,
                    parameters.learningSteps(), ReviewKind.LEARN);
            case RELEARNING -> steps(cardId, state, rating, at, stability, difficulty, Phase.RELEARNING,
                    parameters.relearningSteps(), ReviewKind.RELEARN);
            case REVIEW -> inReview(cardId, state, rating, at, stability, difficulty);
        };
    }

    /**
     * A studied card enters review with the stability of the interval it was last given (due minus last review, so
     * at 90 % retention it keeps its due date) and the difficulty it has from an earlier FSRS time, else the initial
     * difficulty of a good answer; a new card stays new without memory.
     */
    @Override
    public CardState adopt(CardState state) {
        if (state.phase() == Phase.NEW) {
            return new CardState(Phase.NEW, state.box(), null, null, 0, state.reps(), state.lapses(), state.due(),
                    state.lastReview());
        }
        double days = state.lastReview() == null ? 0
                : Duration.between(state.lastReview(), state.due()).toMillis() / (double) Duration.ofDays(1).toMillis();
        double stability = model.clampedStability(days);
        double difficulty = state.difficulty() != null ? state.difficulty() : model.initialDifficulty(Rating.GOOD);
        return new CardState(Phase.REVIEW, state.box(), stability, difficulty, 0, state.reps(), state.lapses(),
                state.due(), state.lastReview());
    }

    private Outcome inReview(UUID cardId, CardState state, Rating rating, Instant at, double stability,
            double difficulty) {
        if (rating == Rating.AGAIN) {
            CardState lapsed = new CardState(state.phase(), state.box(), state.stability(), state.difficulty(), 0,
                    state.reps(), state.lapses() + 1, state.due(), state.lastReview());
            if (!parameters.relearningSteps().isEmpty()) {
                return stepTo(lapsed, at, stability, difficulty, Phase.RELEARNING, 0,
                        parameters.relearningSteps().getFirst(), ReviewKind.REVIEW);
            }
            return graduate(cardId, lapsed, at, stability, difficulty, ReviewKind.REVIEW);
        }
        return graduate(cardId, state, at, stability, difficulty, ReviewKind.REVIEW);
    }

    private Outcome steps(UUID cardId, CardState state, Rating rating, Instant at, double stability, double difficulty,
            Phase phase, List<Duration> steps, ReviewKind kind) {
        int step = state.phase() == Phase.NEW ? 0 : state.step();
        if (steps.isEmpty() || (step >= steps.size() && rating != Rating.AGAIN)) {
            return graduate(cardId, state, at, stability, difficulty, kind);
        }
        return switch (rating) {
            case AGAIN -> stepTo(state, at, stability, difficulty, phase, 0, steps.getFirst(), kind);
            case HARD -> stepTo(state, at, stability, difficulty, phase, step, hardDelay(steps, step), kind);
            case GOOD -> step + 1 >= steps.size()
                    ? graduate(cardId, state, at, stability, difficulty, kind)
                    : stepTo(state, at, stability, difficulty, phase, step + 1, steps.get(step + 1), kind);
            case EASY -> graduate(cardId, state, at, stability, difficulty, kind);
        };
    }

    private static Duration hardDelay(List<Duration> steps, int step) {
        if (step == 0) {
            return steps.size() == 1
                    ? steps.getFirst().multipliedBy(3).dividedBy(2)
                    : steps.get(0).plus(steps.get(1)).dividedBy(2);
        }
        return steps.get(step);
    }

    private static Outcome stepTo(CardState state, Instant at, double stability, double difficulty, Phase phase,
            int step, Duration delay, ReviewKind kind) {
        CardState next = new CardState(phase, state.box(), stability, difficulty, step, state.reps() + 1,
                state.lapses(), at.plus(delay), at);
        return new Outcome(next, kind, delay);
    }

    private Outcome graduate(UUID cardId, CardState state, Instant at, double stability, double difficulty,
            ReviewKind kind) {
        int days = model.interval(stability, parameters.desiredRetention(), parameters.maximumIntervalDays());
        if (parameters.fuzz()) {
            days = fuzz(days, cardId, state.reps());
        }
        Duration interval = Duration.ofDays(days);
        CardState next = new CardState(Phase.REVIEW, state.box(), stability, difficulty, 0, state.reps() + 1,
                state.lapses(), at.plus(interval), at);
        return new Outcome(next, kind, interval);
    }

    private int fuzz(int days, UUID cardId, int reps) {
        if (days < 2.5) {
            return days;
        }
        double delta = 1;
        for (double[] range : FUZZ_RANGES) {
            delta += range[2] * Math.max(Math.min(days, range[1]) - range[0], 0);
        }
        int max = (int) Math.min(Math.rint(days + delta), parameters.maximumIntervalDays());
        int min = (int) Math.min(Math.max(2, Math.rint(days - delta)), max);
        long seed = cardId.getMostSignificantBits() ^ cardId.getLeastSignificantBits() ^ (31L * reps);
        return new SplittableRandom(seed).nextInt(min, max + 1);
    }
}
