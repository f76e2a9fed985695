package app.memoryvault.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What one item of a card side holds; serialised lower-case. */
public enum ItemKind {
    @JsonProperty("text")
    TEXT,

    @JsonProperty("image")
    IMAGE,

    @JsonProperty("audio")
    AUDIO
}
