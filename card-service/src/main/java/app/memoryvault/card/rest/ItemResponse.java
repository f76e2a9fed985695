package app.memoryvault.card.rest;

import app.memoryvault.card.model.CardContent;
import app.memoryvault.card.model.MediaStatus;
import app.memoryvault.card.model.MediaView;
import app.memoryvault.events.ItemKind;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One item of a card side; fields that do not apply to its kind are left out. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItemResponse(ItemKind kind, @Schema(description = "a text item's text; an optional caption otherwise")
        String text, UUID mediaId, Media media) {

    /**
     * What card-service knows of a media item's file: its processing status, its size or duration, why it failed,
     * and once ready a link per variant. The links are stable paths of media-service
     * ({@code /api/files/{id}/content?variant=<name>}) that need the caller's token or browser session, through
     * the gateway; expiring signed links that need neither come from media-service's {@code GET /api/files/{id}}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Media(MediaStatus status, Integer width, Integer height, Long durationMs, String failureReason,
            @Schema(description = "variant name (display, thumb400, thumb200, audio) to its path; only when ready")
            Map<String, String> links) {

        static Media of(UUID mediaId, MediaView view) {
            if (view == null) {
                return new Media(MediaStatus.PENDING, null, null, null, null, null);
            }
            return new Media(view.status, view.width, view.height, view.durationMs, view.failureReason,
                    view.status == MediaStatus.READY ? links(mediaId, view.variants) : null);
        }

        private static Map<String, String> links(UUID mediaId, List<String> variants) {
            Map<String, String> links = new LinkedHashMap<>();
            variants.forEach(variant -> links.put(variant, "/api/files/" + mediaId + "/content?variant=" + variant));
            return links;
        }
    }

    /** The item, with its file's state from {@code media} (the read model, by media id) when it is a media item. */
    public static ItemResponse of(CardContent item, Map<UUID, MediaView> media) {
        return new ItemResponse(item.kind, item.text, item.mediaId,
                item.mediaId == null ? null : Media.of(item.mediaId, media.get(item.mediaId)));
    }
}
