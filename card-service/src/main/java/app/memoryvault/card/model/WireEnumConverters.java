package app.memoryvault.card.model;

import app.memoryvault.events.ItemKind;
import app.memoryvault.events.MediaKind;
import app.memoryvault.events.SchedulerType;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Locale;

/**
 * Stores the enums the entities use lower case, as JSON, the events and the schema's check constraints spell them,
 * wherever an entity uses them. Item kinds, media kinds and schedulers are the events module's own enums; media
 * statuses are card-service's, as the events' know no {@code pending}.
 */
public final class WireEnumConverters {

    private WireEnumConverters() {
    }

    /** Stores an enum as its lower-case name. */
    abstract static class WireEnums<E extends Enum<E>> implements AttributeConverter<E, String> {

        private final Class<E> type;

        WireEnums(Class<E> type) {
            this.type = type;
        }

        @Override
        public String convertToDatabaseColumn(E value) {
            return value == null ? null : value.name().toLowerCase(Locale.ROOT);
        }

        @Override
        public E convertToEntityAttribute(String column) {
            return column == null ? null : Enum.valueOf(type, column.toUpperCase(Locale.ROOT));
        }
    }

    @Converter(autoApply = true)
    public static class ItemKinds extends WireEnums<ItemKind> {
        public ItemKinds() {
            super(ItemKind.class);
        }
    }

    @Converter(autoApply = true)
    public static class MediaKinds extends WireEnums<MediaKind> {
        public MediaKinds() {
            super(MediaKind.class);
        }
    }

    @Converter(autoApply = true)
    public static class Schedulers extends WireEnums<SchedulerType> {
        public Schedulers() {
            super(SchedulerType.class);
        }
    }

    @Converter(autoApply = true)
    public static class Sides extends WireEnums<Side> {
        public Sides() {
            super(Side.class);
        }
    }

    @Converter(autoApply = true)
    public static class MediaStatuses extends WireEnums<MediaStatus> {
        public MediaStatuses() {
            super(MediaStatus.class);
        }
    }
}
