package app.memoryvault.card.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The side of a card an item belongs to. */
public enum Side {
    @JsonProperty("front")
    FRONT,
    @JsonProperty("back")
    BACK
}
