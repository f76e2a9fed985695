package app.memoryvault.card.service;

import app.memoryvault.platform.problem.ProblemException;
import java.util.Locale;

/** The one rule for tag names, wherever a client sends one: trimmed, lower case, 1 to 50 characters. */
final class TagNames {

    static final int MAX_LENGTH = 50;

    private TagNames() {
    }

    /** The name as it is stored: trimmed and in lower case; empty for null. */
    static String normalise(String raw) {
        return raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
    }

    /** Why a normalised name is not a tag name, or null when it is one. */
    static String problemWith(String name) {
        if (name.isEmpty()) {
            return "must not be blank";
        }
        return name.length() > MAX_LENGTH ? "size must be between 1 and " + MAX_LENGTH : null;
    }

    /** The normalised name; 400 naming {@code field} when it is not a tag name. */
    static String checked(String field, String raw) {
        String name = normalise(raw);
        String problem = problemWith(name);
        if (problem != null) {
            throw ProblemException.invalid(field, problem);
        }
        return name;
    }
}
