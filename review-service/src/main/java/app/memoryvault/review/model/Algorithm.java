package app.memoryvault.review.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Locale;

/** The scheduling algorithms a deck can use; stored and sent in lower case. */
public enum Algorithm {
    LEITNER,
    FSRS;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The algorithm named {@code value} in any case; {@link IllegalArgumentException} for an unknown name. */
    public static Algorithm of(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    /** Stores the algorithm as the lower-case text the schema checks. */
    @Converter(autoApply = true)
    public static class DbConverter implements AttributeConverter<Algorithm, String> {

        @Override
        public String convertToDatabaseColumn(Algorithm algorithm) {
            return algorithm == null ? null : algorithm.value();
        }

        @Override
        public Algorithm convertToEntityAttribute(String value) {
            return value == null ? null : of(value);
        }
    }
}
