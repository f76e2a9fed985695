package app.memoryvault.review.service;

import app.memoryvault.platform.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** Where a page of review history ends (newest first): the last row's time and id, opaque to clients. */
public record HistoryCursor(Instant reviewedAt, UUID id) {

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((reviewedAt + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a previous page answered; anything else is a 400 naming {@code cursor}. */
    public static HistoryCursor decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 2) {
                throw new IllegalArgumentException("two parts expected");
            }
            return new HistoryCursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
        } catch (RuntimeException e) {
            throw ProblemException.invalid("cursor", "is not a cursor this endpoint answered");
        }
    }
}
