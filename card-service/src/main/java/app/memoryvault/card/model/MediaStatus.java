package app.memoryvault.card.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.persistence.Converter;

/** Processing state of a media item, as media-service last reported it. */
public enum MediaStatus {
    @JsonProperty("pending")
    PENDING,
    @JsonProperty("ready")
    READY,
    @JsonProperty("failed")
    FAILED;

    /** Stores the enum lower case, as JSON and the events spell it, wherever an entity uses it. */
    @Converter(autoApply = true)
    public static class DbConverter extends WireEnums<MediaStatus> {
        public DbConverter() {
            super(MediaStatus.class);
        }
    }
}
