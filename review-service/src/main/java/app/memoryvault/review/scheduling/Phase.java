package app.memoryvault.review.scheduling;

/** Where a card stands: never studied, in its learning steps, in review, or relearning after a lapse. */
public enum Phase {
    NEW,
    LEARNING,
    REVIEW,
    RELEARNING
}
