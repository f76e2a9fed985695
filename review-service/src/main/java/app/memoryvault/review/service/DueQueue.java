package app.memoryvault.review.service;

import app.memoryvault.review.model.CardSchedule;
import app.memoryvault.review.scheduling.Rating;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a user can study now: the first cards of the queue, for each card the interval in days each rating would
 * give, how many cards of each kind are left to study now (within the daily limits), and the study day's progress.
 */
public record DueQueue(List<CardSchedule> cards, Map<UUID, Map<Rating, Double>> intervals, Counts counts,
        Today today) {

    /** Cards left to study now: new and review cards within what the daily limits leave, (re)learning cards due. */
    public record Counts(long newCards, long learning, long review) {
    }

    /**
     * The study day: what was studied in it and what the daily limits leave.
     *
     * @param newStudied  new cards answered for the first time today
     * @param reviewsDone answers to cards in review today
     * @param newLeft     new cards the limit still allows today
     * @param reviewsLeft reviews the limit still allows today
     */
    public record Today(StudyDay day, long newStudied, long reviewsDone, long newLeft, long reviewsLeft) {
    }
}
