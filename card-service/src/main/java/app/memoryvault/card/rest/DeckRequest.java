package app.memoryvault.card.rest;

import app.memoryvault.events.SchedulerType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * Creates a deck, or replaces all its fields (PUT). {@code parentId} must be another live deck of the caller;
 * {@code scheduler} defaults to leitner.
 */
public record DeckRequest(
        @NotBlank @Size(max = 100) String name,
        @Size(max = 2000) String description,
        UUID parentId,
        SchedulerType scheduler) {
}
