package app.memoryvault.review.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LeitnerSchedulerTest {

    private static final UUID CARD = UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");

    private final LeitnerScheduler scheduler = LeitnerScheduler.withDefaults();

    @Test
    void shouldMovePassedCardUpOneBox() {
        for (Rating pass : List.of(Rating.HARD, Rating.GOOD, Rating.EASY)) {
            Outcome outcome = scheduler.review(CARD, inBox(2), pass, NOW);
            assertThat(outcome.next().box()).isEqualTo(3);
            assertThat(outcome.interval()).isEqualTo(Duration.ofDays(4));
            assertThat(outcome.next().due()).isEqualTo(NOW.plus(Duration.ofDays(4)));
        }
    }

    @Test
    void shouldAdoptAStudiedCardIntoTheHighestBoxItsIntervalReaches() {
        Instant last = NOW.minus(Duration.ofDays(10));
        for (int[] daysAndBox : new int[][] {{0, 1}, {1, 1}, {3, 2}, {4, 3}, {15, 4}, {16, 5}, {400, 5}}) {
            CardState fsrs = new CardState(Phase.REVIEW, 1, 12.0, 5.0, 0, 6, 1,
                    last.plus(Duration.ofDays(daysAndBox[0])), last);
            CardState adopted = scheduler.adopt(fsrs);
            assertThat(adopted.box()).as("%d days", daysAndBox[0]).isEqualTo(daysAndBox[1]);
            assertThat(adopted.due()).isEqualTo(fsrs.due());
            assertThat(adopted.reps()).isEqualTo(6);
        }
        CardState learning = new CardState(Phase.RELEARNING, 3, 2.0, 7.0, 0, 9, 2, NOW, last);
        assertThat(scheduler.adopt(learning).box()).isEqualTo(1);
        assertThat(scheduler.adopt(learning).phase()).isEqualTo(Phase.REVIEW);
        assertThat(scheduler.adopt(CardState.fresh(NOW))).isEqualTo(CardState.fresh(NOW));
    }

    @Test
    void shouldSendFailedCardBackToBoxOne() {
        Outcome outcome = scheduler.review(CARD, inBox(4), Rating.AGAIN, NOW);
        assertThat(outcome.next().box()).isEqualTo(1);
        assertThat(outcome.interval()).isEqualTo(Duration.ofDays(1));
        assertThat(outcome.next().lapses()).isEqualTo(1);
    }

    @Test
    void shouldKeepTopBoxCardInTopBox() {
        Outcome outcome = scheduler.review(CARD, inBox(5), Rating.EASY, NOW);
        assertThat(outcome.next().box()).isEqualTo(5);
        assertThat(outcome.interval()).isEqualTo(Duration.ofDays(16));
    }

    @Test
    void shouldUseConfiguredIntervals() {
        LeitnerScheduler custom = new LeitnerScheduler(List.of(1, 2, 7));
        assertThat(custom.preview(CARD, inBox(2), NOW).get(Rating.GOOD).interval()).isEqualTo(Duration.ofDays(7));
        assertThat(custom.review(CARD, inBox(3), Rating.GOOD, NOW).next().box()).isEqualTo(3);
    }

    @Test
    void shouldStartNewCardAsLearnReview() {
        Outcome outcome = scheduler.review(CARD, CardState.fresh(NOW), Rating.GOOD, NOW);
        assertThat(outcome.kind()).isEqualTo(ReviewKind.LEARN);
        assertThat(outcome.next().phase()).isEqualTo(Phase.REVIEW);
        assertThat(outcome.next().box()).isEqualTo(2);
        assertThat(outcome.next().reps()).isEqualTo(1);
    }

    private static CardState inBox(int box) {
        return new CardState(Phase.REVIEW, box, null, null, 0, 3, 0, NOW, NOW.minus(Duration.ofDays(1)));
    }
}
