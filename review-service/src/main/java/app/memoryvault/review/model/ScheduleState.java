package app.memoryvault.review.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Locale;

/** Where a card stands in its schedule (FSRS's states; Leitner cards are new, then review). */
public enum ScheduleState {
    NEW,
    LEARNING,
    REVIEW,
    RELEARNING;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Stores the state as the lower-case text the schema checks. */
    @Converter(autoApply = true)
    public static class DbConverter implements AttributeConverter<ScheduleState, String> {

        @Override
        public String convertToDatabaseColumn(ScheduleState state) {
            return state == null ? null : state.value();
        }

        @Override
        public ScheduleState convertToEntityAttribute(String value) {
            return value == null ? null : ScheduleState.valueOf(value.toUpperCase(Locale.ROOT));
        }
    }
}
