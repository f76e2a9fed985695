package app.memoryvault.review.scheduling;

/** The learner's answer: 1 again (forgot), 2 hard, 3 good, 4 easy. */
public enum Rating {
    AGAIN,
    HARD,
    GOOD,
    EASY;

    public int value() {
        return ordinal() + 1;
    }

    public static Rating of(int value) {
        if (value < 1 || value > 4) {
            throw new IllegalArgumentException("rating must be 1..4, was " + value);
        }
        return values()[value - 1];
    }
}
