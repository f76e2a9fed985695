package app.memoryvault.card.rest;

import app.memoryvault.events.ItemKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One item of a card side: a text item carries {@code text}; image and audio items will carry {@code mediaId}. */
public record ItemRequest(
        @NotNull ItemKind kind,
        @Schema(description = "plain text or Markdown, up to 10 000 characters; HTML in it is sanitised on write"
                + " (formatting, lists, quotes, code and http/https/mailto links with rel=\"nofollow noopener\" are"
                + " kept; scripts, styles, frames, event handlers and other attributes are removed)")
        @Size(max = 10_000) String text,
        UUID mediaId) {
}
