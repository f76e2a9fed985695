package app.memoryvault.review.rest;

import app.memoryvault.events.ReviewState;
import app.memoryvault.events.SchedulerType;
import app.memoryvault.review.model.CardSchedule;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/** A card's schedule after a suspend, unsuspend or reset; {@code box} for Leitner cards only. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CardScheduleResponse(UUID cardId, UUID deckId, SchedulerType algorithm, ReviewState state,
        boolean suspended, Integer box, Double stability, Double difficulty, int reps, int lapses, Instant dueAt,
        Instant lastReviewedAt) {

    static CardScheduleResponse of(CardSchedule card) {
        return new CardScheduleResponse(card.cardId, card.deckId, card.algorithm, card.state,
                card.suspended, card.algorithm == SchedulerType.LEITNER ? card.box : null, card.stability,
                card.difficulty, card.reps, card.lapses, card.dueAt, card.lastReviewAt);
    }
}
