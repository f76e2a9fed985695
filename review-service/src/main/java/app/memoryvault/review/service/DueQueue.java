package app.memoryvault.review.service;

import app.memoryvault.review.model.CardSchedule;
import app.memoryvault.review.model.ScheduleState;
import app.memoryvault.review.scheduling.Rating;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a user can study now: the first cards of the queue, for each card the interval in days each rating would
 * give, and how many cards are due in each state.
 */
public record DueQueue(List<CardSchedule> cards, Map<UUID, Map<Rating, Double>> intervals,
        Map<ScheduleState, Long> dueByState) {
}
