package app.memoryvault.review.service;

import app.memoryvault.review.model.CardSchedule;
import app.memoryvault.review.model.ScheduleState;
import java.util.List;
import java.util.Map;

/** What a user can study now: the first cards of the queue and how many are due in each state. */
public record DueQueue(List<CardSchedule> cards, Map<ScheduleState, Long> dueByState) {
}
