package app.memoryvault.card.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * Creates a card, or replaces all its fields (PUT): the deck it belongs to, 1 to 20 items per side, up to 20 tags
 * (each 1 to 50 characters, stored trimmed and in lower case).
 */
public record CardRequest(
        @NotNull UUID deckId,
        @NotNull @Size(min = 1, max = 20) List<@Valid ItemRequest> front,
        @NotNull @Size(min = 1, max = 20) List<@Valid ItemRequest> back,
        @Size(max = 20) List<String> tags) {
}
