package app.memoryvault.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The outcome of processing a media file; serialised lower-case. */
public enum MediaStatus {
    @JsonProperty("ready")
    READY,

    @JsonProperty("failed")
    FAILED
}
