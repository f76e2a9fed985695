package app.memoryvault.review.service;

import app.memoryvault.events.ReviewState;
import app.memoryvault.review.model.CardSchedule;
import app.memoryvault.review.scheduling.CardState;
import app.memoryvault.review.scheduling.Outcome;
import app.memoryvault.review.scheduling.Phase;

/** Translates between the stored schedule and the schedulers' pure state. */
public final class ScheduleStates {

    private ScheduleStates() {
    }

    public static CardState of(CardSchedule schedule) {
        return new CardState(Phase.valueOf(schedule.state.name()), schedule.box, schedule.stability,
                schedule.difficulty, schedule.step, schedule.reps, schedule.lapses, schedule.dueAt,
                schedule.lastReviewAt);
    }

    static void apply(Outcome outcome, CardSchedule schedule) {
        apply(outcome.next(), schedule);
    }

    static void apply(CardState next, CardSchedule schedule) {
        schedule.state = ReviewState.valueOf(next.phase().name());
        schedule.box = next.box();
        schedule.stability = next.stability();
        schedule.difficulty = next.difficulty();
        schedule.step = next.step();
        schedule.reps = next.reps();
        schedule.lapses = next.lapses();
        schedule.dueAt = next.due();
        schedule.lastReviewAt = next.lastReview();
    }
}
