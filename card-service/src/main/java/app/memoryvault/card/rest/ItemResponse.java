package app.memoryvault.card.rest;

import app.memoryvault.card.model.CardContent;
import app.memoryvault.events.ItemKind;
import app.memoryvault.card.model.MediaStatus;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;

/** One item of a card side; fields that do not apply to its kind are left out. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItemResponse(ItemKind kind, String text, UUID mediaId, Media media) {

    /** The processing state of a media item. */
    public record Media(MediaStatus status) {
    }

    public static ItemResponse of(CardContent item) {
        return new ItemResponse(item.kind, item.text, item.mediaId,
                item.mediaStatus == null ? null : new Media(item.mediaStatus));
    }
}
