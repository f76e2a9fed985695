package app.memoryvault.review.scheduling;

/** What a review was, from the state the card was in when answered (Anki's review kinds). */
public enum ReviewKind {
    LEARN,
    REVIEW,
    RELEARN
}
