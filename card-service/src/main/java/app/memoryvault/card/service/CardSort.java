package app.memoryvault.card.service;

import app.memoryvault.platform.problem.ProblemException;
import java.util.Locale;

/** The orders of {@code GET /api/cards}: each by one timestamp column, then by id; never-due cards sort last. */
public enum CardSort {
    CREATED("created_at", false),
    UPDATED("updated_at", false),
    DUE("due_at", true);

    private final String column;
    private final boolean nullable;

    CardSort(String column, boolean nullable) {
        this.column = column;
        this.nullable = nullable;
    }

    String column() {
        return column;
    }

    /** Whether some cards have no value to sort by (never-due cards): they come last. */
    boolean nullable() {
        return nullable;
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
