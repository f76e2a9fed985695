package app.memoryvault.review.service;

import app.memoryvault.review.model.Algorithm;
import app.memoryvault.review.scheduling.FsrsParameters;
import app.memoryvault.review.scheduling.FsrsScheduler;
import app.memoryvault.review.scheduling.LeitnerScheduler;
import app.memoryvault.review.scheduling.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;

/** The scheduler of an algorithm with a user's settings: Leitner's default boxes, FSRS with their retention. */
@ApplicationScoped
public class SchedulerFactory {

    private static final LeitnerScheduler LEITNER = LeitnerScheduler.withDefaults();

    public Scheduler schedulerFor(Algorithm algorithm, StudySettings settings) {
        return switch (algorithm) {
            case LEITNER -> LEITNER;
            case FSRS -> new FsrsScheduler(FsrsParameters.withRetention(settings.desiredRetention()));
        };
    }
}
