package app.memoryvault.review.model;

import app.memoryvault.events.ReviewState;
import app.memoryvault.events.SchedulerType;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Locale;

/**
 * Stores the events module's enums as the lower-case text the schema checks, which is also their wire value
 * ({@code leitner}, {@code review}).
 */
public final class WireEnumConverters {

    private WireEnumConverters() {
    }

    private static String text(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    private static <E extends Enum<E>> E value(Class<E> type, String text) {
        return text == null ? null : Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
    }

    /** A deck's or card's algorithm. */
    @Converter(autoApply = true)
    public static class SchedulerTypeConverter implements AttributeConverter<SchedulerType, String> {

        @Override
        public String convertToDatabaseColumn(SchedulerType scheduler) {
            return text(scheduler);
        }

        @Override
        public SchedulerType convertToEntityAttribute(String text) {
            return value(SchedulerType.class, text);
        }
    }

    /** Where a card stands in its schedule. */
    @Converter(autoApply = true)
    public static class ReviewStateConverter implements AttributeConverter<ReviewState, String> {

        @Override
        public String convertToDatabaseColumn(ReviewState state) {
            return text(state);
        }

        @Override
        public ReviewState convertToEntityAttribute(String text) {
            return value(ReviewState.class, text);
        }
    }
}
