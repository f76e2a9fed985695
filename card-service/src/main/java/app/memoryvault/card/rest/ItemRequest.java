package app.memoryvault.card.rest;

import app.memoryvault.events.ItemKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One item of a card side: a text item carries {@code text}; an image or audio item carries the {@code mediaId} of
 * one of the caller's media-service files of that kind, and optionally a caption in {@code text}.
 */
public record ItemRequest(
        @NotNull ItemKind kind,
        @Schema(description = "plain text or Markdown, up to 10 000 characters (an optional caption for image and"
                + " audio items); HTML in it is sanitised on write"
                + " (formatting, lists, quotes, code and http/https/mailto links with rel=\"nofollow noopener\" are"
                + " kept; scripts, styles, frames, event handlers and other attributes are removed)")
        @Size(max = 10_000) String text,
        @Schema(description = "image and audio items: one of your media-service files of that kind (pending, ready"
                + " or failed); 422 when it is not")
        UUID mediaId) {
}
