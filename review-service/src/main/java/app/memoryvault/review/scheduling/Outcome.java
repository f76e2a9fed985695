package app.memoryvault.review.scheduling;

import java.time.Duration;

/** The result of one answer: the card's next state, what kind of review it was and the interval until due. */
public record Outcome(CardState next, ReviewKind kind, Duration interval) {

    /** The interval in days, fractional for (re)learning steps. */
    public double intervalDays() {
        return interval.toMillis() / (double) Duration.ofDays(1).toMillis();
    }
}
