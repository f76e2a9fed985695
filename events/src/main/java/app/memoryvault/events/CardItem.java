package app.memoryvault.events;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * One item of a card side, in display order: a text, or an image or audio file referenced by its media id.
 *
 * @param kind    what the item holds
 * @param text    the text of a {@code text} item; optional caption otherwise
 * @param mediaId the media file of an {@code image} or {@code audio} item; null for text
 */
public record CardItem(ItemKind kind, String text, UUID mediaId) {

    public CardItem {
        Objects.requireNonNull(kind, "kind");
        if (kind == ItemKind.TEXT && text == null) {
            throw new IllegalArgumentException("a text item needs its text");
        }
        if (kind != ItemKind.TEXT && mediaId == null) {
            throw new IllegalArgumentException("an " + kind + " item needs its mediaId");
        }
    }

    public static CardItem text(String text) {
        return new CardItem(ItemKind.TEXT, text, null);
    }

    public static CardItem image(UUID mediaId) {
        return new CardItem(ItemKind.IMAGE, null, mediaId);
    }

    public static CardItem audio(UUID mediaId) {
        return new CardItem(ItemKind.AUDIO, null, mediaId);
    }

    /** Every media file the two sides reference, each once, in the order they appear. */
    public static List<UUID> mediaIdsOf(List<CardItem> front, List<CardItem> back) {
        return Stream.concat(front.stream(), back.stream())
                .map(CardItem::mediaId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }
}
