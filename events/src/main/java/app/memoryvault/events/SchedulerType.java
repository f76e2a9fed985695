package app.memoryvault.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The spaced-repetition algorithm a deck uses; serialised lower-case. */
public enum SchedulerType {
    @JsonProperty("leitner")
    LEITNER,

    @JsonProperty("fsrs")
    FSRS
}
