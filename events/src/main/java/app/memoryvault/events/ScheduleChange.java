package app.memoryvault.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Why a card's schedule changed without a review; serialised lower-case with hyphens. */
public enum ScheduleChange {
    /** The card was reset to new. */
    @JsonProperty("reset")
    RESET,

    /** The card was taken out of the due queue. */
    @JsonProperty("suspended")
    SUSPENDED,

    /** The card was put back into the due queue. */
    @JsonProperty("unsuspended")
    UNSUSPENDED,

    /** The card's deck switched scheduling algorithm and the card got a starting state for the new one. */
    @JsonProperty("algorithm-switched")
    ALGORITHM_SWITCHED
}
