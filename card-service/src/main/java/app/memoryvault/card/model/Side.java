package app.memoryvault.card.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.persistence.Converter;

/** The side of a card an item belongs to. */
public enum Side {
    @JsonProperty("front")
    FRONT,
    @JsonProperty("back")
    BACK;

    /** Stores the enum lower case, as JSON and the events spell it, wherever an entity uses it. */
    @Converter(autoApply = true)
    public static class DbConverter extends WireEnums<Side> {
        public DbConverter() {
            super(Side.class);
        }
    }
}
