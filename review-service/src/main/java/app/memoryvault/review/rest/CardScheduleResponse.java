package app.memoryvault.review.rest;

import app.memoryvault.review.model.Algorithm;
import app.memoryvault.review.model.CardSchedule;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/** A card's schedule after a suspend, unsuspend or reset; {@code box} for Leitner cards only. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CardScheduleResponse(UUID cardId, UUID deckId, String algorithm, String state, boolean suspended,
        Integer box, Double stability, Double difficulty, int reps, int lapses, Instant dueAt,
        Instant lastReviewedAt) {

    static CardScheduleResponse of(CardSchedule card) {
        return new CardScheduleResponse(card.cardId, card.deckId, card.algorithm.value(), card.state.value(),
                card.suspended, card.algorithm == Algorithm.LEITNER ? card.box : null, card.stability,
                card.difficulty, card.reps, card.lapses, card.dueAt, card.lastReviewAt);
    }
}
