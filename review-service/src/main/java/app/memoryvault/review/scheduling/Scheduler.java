package app.memoryvault.review.scheduling;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/** A spaced-repetition algorithm: what an answer does to a card. Implementations are pure and thread-safe. */
public interface Scheduler {

    /**
     * Applies {@code rating} given at {@code at} to {@code state}. The card id only seeds the deterministic fuzz, so
     * that a replay of the same reviews gives the same schedule.
     */
    Outcome review(UUID cardId, CardState state, Rating rating, Instant at);

    /**
     * The starting state of a card another algorithm scheduled, when its deck switches to this one: a new card stays
     * new; a studied card keeps its due date, last review, reps and lapses.
     */
    CardState adopt(CardState state);

    /** What each rating would give if answered at {@code at}. */
    default Map<Rating, Outcome> preview(UUID cardId, CardState state, Instant at) {
        Map<Rating, Outcome> outcomes = new EnumMap<>(Rating.class);
        for (Rating rating : Rating.values()) {
            outcomes.put(rating, review(cardId, state, rating, at));
        }
        return outcomes;
    }
}
