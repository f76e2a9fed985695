package app.memoryvault.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where a card stands in its schedule after a review: the FSRS states (a Leitner card is in {@code review} once
 * reviewed); serialised lower-case.
 */
public enum ReviewState {
    @JsonProperty("new")
    NEW,

    @JsonProperty("learning")
    LEARNING,

    @JsonProperty("review")
    REVIEW,

    @JsonProperty("relearning")
    RELEARNING
}
