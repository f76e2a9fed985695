package app.memoryvault.card.service;

import app.memoryvault.platform.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * Where a page of a list ends: the sort key and id of its last row, handed to clients as an opaque string
 * ({@code next}) that they send back as {@code cursor}.
 */
public record PageCursor(String key, UUID id) {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    public String encode() {
        return ENCODER.encodeToString((id + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a client sent back, or null for the first page; 400 if it is not one this API issued. */
    public static PageCursor decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String text = new String(DECODER.decode(cursor), StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            return new PageCursor(text.substring(colon + 1), UUID.fromString(text.substring(0, colon)));
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            throw invalid();
        }
    }

    public static ProblemException invalid() {
        return ProblemException.invalid("cursor", "is not a cursor this API issued");
    }
}
