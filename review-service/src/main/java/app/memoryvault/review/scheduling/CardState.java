package app.memoryvault.review.scheduling;

import java.time.Instant;

/**
 * A card's scheduling state, for any algorithm: Leitner uses the box, FSRS the stability, difficulty and step.
 *
 * @param stability  FSRS stability in days, null until FSRS first scheduled the card
 * @param difficulty FSRS difficulty in [1, 10], null until FSRS first scheduled the card
 * @param step       index of the current (re)learning step
 * @param lastReview null for a card never reviewed
 */
public record CardState(Phase phase, int box, Double stability, Double difficulty, int step, int reps, int lapses,
        Instant due, Instant lastReview) {

    /** A card never studied, due from {@code due}. */
    public static CardState fresh(Instant due) {
        return new CardState(Phase.NEW, 1, null, null, 0, 0, 0, due, null);
    }
}
