package app.memoryvault.card.service;

import app.memoryvault.card.model.MediaStatus;
import app.memoryvault.platform.problem.ProblemException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The query parameters of {@code GET /api/cards}, checked: each one that is not valid answers 400 naming it. Tags
 * are normalised like a card's; a card must carry all of them. {@code mediaStatus} keeps cards with at least one
 * media item in that status. {@code query} is a web-search style full-text query over the card's text items.
 */
public record CardFilter(UUID deckId, boolean includeSubdecks, List<String> tags, Integer box, Instant dueBefore,
        MediaStatus mediaStatus, String query, List<UUID> ids, CardSort sort) {

    static final int MAX_IDS = 100;
    static final int MAX_TAGS = 20;
    static final int MAX_QUERY = 200;

    public static CardFilter of(UUID deckId, String includeSubdecks, List<String> tags, String box, String dueBefore,
            String mediaStatus, String query, List<String> ids, String sort) {
        boolean subdecks = parseFlag(includeSubdecks);
        if (subdecks && deckId == null) {
            throw ProblemException.invalid("includeSubdecks", "needs deckId");
        }
        List<UUID> cardIds = parseIds(ids);
        String text = query == null ? null : query.strip();
        if (text != null && text.length() > MAX_QUERY) {
            throw ProblemException.invalid("q", "at most " + MAX_QUERY + " characters");
        }
        return new CardFilter(deckId, subdecks, normalisedTags(tags), parseBox(box), parseInstant(dueBefore),
                parseMediaStatus(mediaStatus), text == null || text.isEmpty() ? null : text, cardIds,
                CardSort.parse(sort));
    }

    /** Repeated, comma-separated or both (100 ids as separate parameters do not fit in a request line). */
    private static List<UUID> parseIds(List<String> values) {
        List<UUID> ids = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            for (String id : value.split(",", -1)) {
                try {
                    ids.add(UUID.fromString(id.strip()));
                } catch (IllegalArgumentException e) {
                    throw ProblemException.invalid("ids", "'" + id + "' is not a card id");
                }
            }
        }
        if (ids.size() > MAX_IDS) {
            throw ProblemException.invalid("ids", "at most " + MAX_IDS + " per request");
        }
        return ids.isEmpty() ? null : List.copyOf(ids);
    }

    private static boolean parseFlag(String value) {
        if (value == null || value.isEmpty() || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw ProblemException.invalid("includeSubdecks", "must be true or false");
    }

    private static List<String> normalisedTags(List<String> tags) {
        List<String> normalised = new ArrayList<>();
        for (String tag : tags == null ? List.<String>of() : tags) {
            String name = TagNames.checked("tag", tag);
            if (!normalised.contains(name)) {
                normalised.add(name);
            }
        }
        if (normalised.size() > MAX_TAGS) {
            throw ProblemException.invalid("tag", "at most " + MAX_TAGS + " tags");
        }
        return List.copyOf(normalised);
    }

    private static Integer parseBox(String box) {
        if (box == null || box.isEmpty()) {
            return null;
        }
        try {
            int value = Integer.parseInt(box);
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalid("box", "must be a whole number from 1");
    }

    private static MediaStatus parseMediaStatus(String mediaStatus) {
        if (mediaStatus == null || mediaStatus.isEmpty()) {
            return null;
        }
        for (MediaStatus status : MediaStatus.values()) {
            if (status.name().toLowerCase(Locale.ROOT).equals(mediaStatus)) {
                return status;
            }
        }
        throw ProblemException.invalid("mediaStatus", "must be one of pending, ready, failed");
    }

    private static Instant parseInstant(String dueBefore) {
        if (dueBefore == null || dueBefore.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(dueBefore);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("dueBefore", "must be an ISO-8601 instant such as 2026-01-31T00:00:00Z");
        }
    }
}
