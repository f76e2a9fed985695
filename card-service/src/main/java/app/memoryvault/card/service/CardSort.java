package app.memoryvault.card.service;

import app.memoryvault.platform.problem.ProblemException;
import java.util.Locale;

/** The orders of {@code GET /api/cards}: each by one timestamp column, then by id; never-due cards sort last. */
public enum CardSort {
    CREATED("created_at"),
    UPDATED("updated_at"),
    DUE("due_at");

    private final String column;

    CardSort(String column) {
        this.column = column;
    }

    String column() {
        return column;
    }

    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The sort a client named, {@link #CREATED} when none; 400 naming {@code sort} otherwise. */
    public static CardSort parse(String sort) {
        if (sort == null || sort.isEmpty()) {
            return CREATED;
        }
        for (CardSort candidate : values()) {
            if (candidate.wireName().equals(sort)) {
                return candidate;
            }
        }
        throw ProblemException.invalid("sort", "must be one of created, updated, due");
    }
}
