package app.memoryvault.review.service;

import java.time.Instant;
import java.time.ZoneId;

/** A user's study settings: when their day starts, their daily limits and FSRS's desired retention. */
public record StudySettings(ZoneId timeZone, int dayRolloverHour, int newPerDay, int reviewsPerDay,
        double desiredRetention) {

    /** The user's study day at {@code at}. */
    public StudyDay dayOf(Instant at) {
        return StudyDay.containing(at, timeZone, dayRolloverHour);
    }
}
