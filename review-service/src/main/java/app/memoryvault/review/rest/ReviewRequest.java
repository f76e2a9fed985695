package app.memoryvault.review.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Instant;

/** The body of {@code POST /api/review/{cardId}}: the rating, and optionally how long the answer took and when. */
public record ReviewRequest(@NotNull @Min(1) @Max(4) Integer rating, @PositiveOrZero Long durationMs,
        Instant reviewedAt) {
}
