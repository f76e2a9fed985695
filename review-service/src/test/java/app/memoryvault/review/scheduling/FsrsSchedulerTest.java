package app.memoryvault.review.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FsrsSchedulerTest {

    private static final UUID CARD = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final Instant START = Instant.parse("2026-01-01T12:00:00Z");
    private static final double EPSILON = 1e-4;

    private final FsrsScheduler scheduler = new FsrsScheduler(FsrsParameters.defaults().withoutFuzz());

    @Test
    void shouldReproducePyFsrsReviewCardIntervals() {
        int[] ratings = {3, 3, 3, 3, 3, 3, 1, 1, 3, 3, 3, 3, 3};
        CardState state = CardState.fresh(START);
        List<Long> intervals = new ArrayList<>();
        for (int rating : ratings) {
            Instant at = state.due();
            state = scheduler.review(CARD, state, Rating.of(rating), at).next();
            intervals.add(Duration.between(at, state.due()).toDays());
        }
        assertThat(intervals).containsExactly(0L, 2L, 11L, 46L, 163L, 498L, 0L, 0L, 2L, 4L, 7L, 12L, 21L);
    }

    @Test
    void shouldReproduceMemoryStateOfReferenceHistory() {
        FsrsModel model = new FsrsModel(FsrsParameters.DEFAULT_WEIGHTS);
        int[] ratings = {1, 3, 3, 3, 3, 3};
        int[] elapsed = {0, 0, 1, 3, 8, 21};
        double s = model.initialStability(Rating.of(ratings[0]));
        double d = model.initialDifficulty(Rating.of(ratings[0]));
        for (int i = 1; i < ratings.length; i++) {
            Rating rating = Rating.of(ratings[i]);
            double nextS = elapsed[i] < 1 ? model.shortTermStability(s, rating)
                    : model.nextStability(d, s, model.retrievability(elapsed[i], s), rating);
            d = model.nextDifficulty(d, rating);
            s = nextS;
        }
        assertThat(s).isCloseTo(53.62691, within(EPSILON));
        assertThat(d).isCloseTo(6.3574867, within(EPSILON));
    }

    @Test
    void shouldReproduceFsrsRsShortTermStabilityWithHardFloored() {
        FsrsModel model = new FsrsModel(FsrsParameters.DEFAULT_WEIGHTS);
        double[] expected = {1.596818, 5.0, 5.0, 8.12961};
        for (Rating rating : Rating.values()) {
            assertThat(model.shortTermStability(5.0, rating)).as("rating %s", rating)
                    .isCloseTo(expected[rating.ordinal()], within(EPSILON));
        }
    }

    @Test
    void shouldStartNewCardsFromInitialStabilityAndDifficulty() {
        Map<Rating, Outcome> preview = scheduler.preview(CARD, CardState.fresh(START), START);
        double[] stability = {0.212, 1.2931, 2.3065, 8.2956};
        double[] difficulty = {6.4133, 5.11217071, 2.11810397, 1};
        for (Rating rating : Rating.values()) {
            CardState next = preview.get(rating).next();
            assertThat(next.stability()).isCloseTo(stability[rating.ordinal()], within(EPSILON));
            assertThat(next.difficulty()).isCloseTo(difficulty[rating.ordinal()], within(EPSILON));
        }
        assertThat(preview.get(Rating.EASY).interval()).isEqualTo(Duration.ofDays(8));
        assertThat(preview.get(Rating.EASY).next().phase()).isEqualTo(Phase.REVIEW);
    }

    @Test
    void shouldAdoptAStudiedCardWithTheStabilityOfItsLastInterval() {
        Instant last = START.minus(Duration.ofDays(3));
        CardState leitner = new CardState(Phase.REVIEW, 4, null, null, 0, 5, 1, last.plus(Duration.ofDays(8)), last);
        CardState adopted = scheduler.adopt(leitner);
        assertThat(adopted.phase()).isEqualTo(Phase.REVIEW);
        assertThat(adopted.stability()).isCloseTo(8.0, within(EPSILON));
        assertThat(adopted.difficulty()).isCloseTo(2.11810397, within(EPSILON));
        assertThat(adopted.due()).isEqualTo(leitner.due());
        CardState withMemory = new CardState(Phase.REVIEW, 2, 30.0, 7.5, 0, 5, 1, last.plus(Duration.ofDays(2)), last);
        assertThat(scheduler.adopt(withMemory).difficulty()).isEqualTo(7.5);
        assertThat(scheduler.adopt(withMemory).stability()).isCloseTo(2.0, within(EPSILON));
        assertThat(scheduler.adopt(CardState.fresh(START))).isEqualTo(CardState.fresh(START));
    }

    @Test
    void shouldFollowLearningSteps() {
        Map<Rating, Outcome> preview = scheduler.preview(CARD, CardState.fresh(START), START);
        assertThat(preview.get(Rating.AGAIN).interval()).isEqualTo(Duration.ofMinutes(1));
        assertThat(preview.get(Rating.HARD).interval()).isEqualTo(Duration.ofSeconds(330));
        assertThat(preview.get(Rating.GOOD).interval()).isEqualTo(Duration.ofMinutes(10));
        assertThat(preview.get(Rating.GOOD).next().step()).isEqualTo(1);
        assertThat(preview.get(Rating.GOOD).kind()).isEqualTo(ReviewKind.LEARN);
    }

    @Test
    void shouldEnterRelearningOnLapse() {
        CardState review = new CardState(Phase.REVIEW, 1, 10.0, 5.0, 0, 3, 0, START, START.minus(Duration.ofDays(10)));
        Outcome lapse = scheduler.review(CARD, review, Rating.AGAIN, START);
        assertThat(lapse.next().phase()).isEqualTo(Phase.RELEARNING);
        assertThat(lapse.next().lapses()).isEqualTo(1);
        assertThat(lapse.interval()).isEqualTo(Duration.ofMinutes(10));
        assertThat(lapse.kind()).isEqualTo(ReviewKind.REVIEW);
        Outcome relearned = scheduler.review(CARD, lapse.next(), Rating.GOOD, START.plus(Duration.ofMinutes(10)));
        assertThat(relearned.next().phase()).isEqualTo(Phase.REVIEW);
        assertThat(relearned.kind()).isEqualTo(ReviewKind.RELEARN);
    }

    @Test
    void shouldGiveIntervalsForDesiredRetention() {
        FsrsModel model = new FsrsModel(FsrsParameters.DEFAULT_WEIGHTS);
        assertThat(List.of(1, 10, 100).stream().map(s -> model.interval(s, 0.9, 36500))).containsExactly(1, 10, 100);
        assertThat(List.of(1, 10, 100).stream().map(s -> model.interval(s, 0.8, 36500))).containsExactly(3, 33, 332);
        assertThat(List.of(1, 10, 100).stream().map(s -> model.interval(s, 0.95, 36500))).containsExactly(1, 4, 40);
    }

    @Test
    void shouldCapIntervalAtMaximum() {
        FsrsModel model = new FsrsModel(FsrsParameters.DEFAULT_WEIGHTS);
        assertThat(model.interval(1000, 0.9, 365)).isEqualTo(365);
    }

    @Test
    void shouldFuzzDeterministicallyWithinRange() {
        FsrsScheduler fuzzed = new FsrsScheduler(FsrsParameters.defaults());
        CardState review = new CardState(Phase.REVIEW, 1, 30.0, 5.0, 0, 5, 0, START, START.minus(Duration.ofDays(30)));
        long plain = scheduler.review(CARD, review, Rating.GOOD, START).interval().toDays();
        List<Long> days = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            UUID card = new UUID(i, i * 7L);
            long first = fuzzed.review(card, review, Rating.GOOD, START).interval().toDays();
            assertThat(fuzzed.review(card, review, Rating.GOOD, START).interval().toDays()).isEqualTo(first);
            days.add(first);
        }
        double delta = 1 + 0.15 * 4.5 + 0.10 * 13 + 0.05 * (plain - 20);
        assertThat(days).allMatch(d -> Math.abs(d - plain) <= Math.round(delta) + 1);
        assertThat(days.stream().distinct().count()).isGreaterThan(1);
    }

    @Test
    void shouldRejectRetentionOutsideRange() {
        assertThatThrownBy(() -> FsrsParameters.withRetention(0.69)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FsrsParameters.withRetention(0.995)).isInstanceOf(IllegalArgumentException.class);
    }
}
