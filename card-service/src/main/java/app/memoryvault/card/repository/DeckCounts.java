package app.memoryvault.card.repository;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * How many live cards a deck holds (its own, not its subdecks'): all of them, those never reviewed, those due now,
 * and per Leitner box.
 */
public record DeckCounts(long cards, @JsonProperty("new") long fresh, long due, Map<String, Long> boxes) {

    public static final DeckCounts EMPTY = new DeckCounts(0, 0, 0, Map.of());
}
