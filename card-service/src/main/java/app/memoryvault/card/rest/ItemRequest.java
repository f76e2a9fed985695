package app.memoryvault.card.rest;

import app.memoryvault.card.model.ItemKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** One item of a card side: a text item carries {@code text}; image and audio items will carry {@code mediaId}. */
public record ItemRequest(
        @NotNull ItemKind kind,
        @Size(max = 10_000) String text,
        UUID mediaId) {
}
