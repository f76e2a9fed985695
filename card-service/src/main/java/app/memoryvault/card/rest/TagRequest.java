package app.memoryvault.card.rest;

import jakarta.validation.constraints.NotNull;

/** Renames a tag: the new name follows the rules of a card's tags (1 to 50 characters, stored trimmed, lower case). */
public record TagRequest(@NotNull String name) {
}
