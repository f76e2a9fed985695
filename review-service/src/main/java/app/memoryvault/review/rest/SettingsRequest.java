package app.memoryvault.review.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code PUT /api/review/settings}: every setting, replacing what was saved. The time zone is checked
 * against the IANA ids by the service; the limits stop at 9999 a day, as Anki's do.
 */
public record SettingsRequest(
        @NotBlank @Size(max = 64) String timeZone,
        @NotNull @Min(0) @Max(23) Integer dayRolloverHour,
        @NotNull @Min(0) @Max(9999) Integer newPerDay,
        @NotNull @Min(0) @Max(9999) Integer reviewsPerDay,
        @NotNull @DecimalMin("0.70") @DecimalMax("0.99") Double desiredRetention) {
}
