package app.memoryvault.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The kind of an uploaded media file; serialised lower-case. */
public enum MediaKind {
    @JsonProperty("image")
    IMAGE,

    @JsonProperty("audio")
    AUDIO
}
