package app.memoryvault.review.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The Leitner system: one box per interval; a pass (hard, good, easy) moves the card up one box, the top box
 * keeping it; again sends it back to box 1. The card is due the new box's interval after the review.
 */
public final class LeitnerScheduler implements Scheduler {

    public static final List<Integer> DEFAULT_INTERVAL_DAYS = List.of(1, 2, 4, 8, 16);

    private static final long MILLIS_PER_DAY = Duration.ofDays(1).toMillis();

    private final List<Integer> intervalDays;

    /** @param intervalDays the interval of each box, in days, box 1 first */
    public LeitnerScheduler(List<Integer> intervalDays) {
        if (intervalDays.isEmpty() || intervalDays.stream().anyMatch(days -> days < 1)) {
            throw new IllegalArgumentException("Leitner intervals must be at least one box of at least one day");
        }
        this.intervalDays = List.copyOf(intervalDays);
    }

    public static LeitnerScheduler withDefaults() {
        return new LeitnerScheduler(DEFAULT_INTERVAL_DAYS);
    }

    public int boxes() {
        return intervalDays.size();
    }

    @Override
    public Outcome review(UUID cardId, CardState state, Rating rating, Instant at) {
        int current = Math.clamp(state.box(), 1, boxes());
        int box = rating == Rating.AGAIN ? 1 : Math.min(current + 1, boxes());
        Duration interval = Duration.ofDays(intervalDays.get(box - 1));
        boolean lapse = rating == Rating.AGAIN && state.phase() != Phase.NEW;
        CardState next = new CardState(Phase.REVIEW, box, state.stability(), state.difficulty(), 0, state.reps() + 1,
                state.lapses() + (lapse ? 1 : 0), at.plus(interval), at);
        ReviewKind kind = state.phase() == Phase.NEW ? ReviewKind.LEARN : ReviewKind.REVIEW;
        return new Outcome(next, kind, interval);
    }

    /**
     * A studied card goes to the highest box whose interval is not longer than the interval it was last given (due
     * minus last review), box 1 for a card in (re)learning or with a shorter interval than box 1's.
     */
    @Override
    public CardState adopt(CardState state) {
        if (state.phase() == Phase.NEW) {
            return new CardState(Phase.NEW, 1, state.stability(), state.difficulty(), 0, state.reps(), state.lapses(),
                    state.due(), state.lastReview());
        }
        int box = 1;
        if (state.phase() == Phase.REVIEW && state.lastReview() != null) {
            double days = Duration.between(state.lastReview(), state.due()).toMillis() / (double) MILLIS_PER_DAY;
            while (box < boxes() && intervalDays.get(box) <= days) {
                box++;
            }
        }
        return new CardState(Phase.REVIEW, box, state.stability(), state.difficulty(), 0, state.reps(), state.lapses(),
                state.due(), state.lastReview());
    }
}
