package app.memoryvault.card.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.persistence.Converter;

/** What one item of a card side holds. */
public enum ItemKind {
    @JsonProperty("text")
    TEXT,
    @JsonProperty("image")
    IMAGE,
    @JsonProperty("audio")
    AUDIO;

    /** Stores the enum lower case, as JSON and the events spell it, wherever an entity uses it. */
    @Converter(autoApply = true)
    public static class DbConverter extends WireEnums<ItemKind> {
        public DbConverter() {
            super(ItemKind.class);
        }
    }
}
