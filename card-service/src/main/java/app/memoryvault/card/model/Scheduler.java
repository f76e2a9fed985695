package app.memoryvault.card.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.persistence.Converter;

/** How a deck's cards are scheduled by review-service. */
public enum Scheduler {
    @JsonProperty("leitner")
    LEITNER,
    @JsonProperty("fsrs")
    FSRS;

    /** Stores the enum lower case, as JSON and the events spell it, wherever an entity uses it. */
    @Converter(autoApply = true)
    public static class DbConverter extends WireEnums<Scheduler> {
        public DbConverter() {
            super(Scheduler.class);
        }
    }
}
