package app.memoryvault.review.service;

import app.memoryvault.platform.problem.ProblemException;
import app.memoryvault.review.config.ReviewConfig;
import app.memoryvault.review.model.UserSettings;
import app.memoryvault.review.repository.ReviewDayTotals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;

/** A user's study settings, falling back to the configured defaults for users who never changed them. */
@ApplicationScoped
public class SettingsService {

    private final ReviewConfig.SettingsDefaults defaults;
    private final EntityManager entityManager;
    private final ReviewDayTotals totals;

    public SettingsService(ReviewConfig config, EntityManager entityManager, ReviewDayTotals totals) {
        this.defaults = config.settingsDefaults();
        this.entityManager = entityManager;
        this.totals = totals;
    }

    public StudySettings settingsOf(String ownerId) {
        UserSettings saved = UserSettings.findById(ownerId);
        if (saved == null) {
            return new StudySettings(defaults.timeZone(), defaults.dayRolloverHour(), defaults.newPerDay(),
                    defaults.reviewsPerDay(), defaults.desiredRetention());
        }
        return new StudySettings(ZoneId.of(saved.timeZone), saved.dayRolloverHour, saved.newPerDay,
                saved.reviewsPerDay, saved.desiredRetention);
    }

    /**
     * Replaces the user's settings (the range checks are the request's); a time zone that is not an IANA region id
     * ({@code Europe/Berlin}, {@code UTC}) is refused, offsets such as {@code +02:00} included. One upsert, so two
     * first saves at once do not collide. A new time zone or rollover hour counts the user's day totals again.
     */
    @Transactional
    public StudySettings save(String ownerId, String timeZone, int dayRolloverHour, int newPerDay, int reviewsPerDay,
            double desiredRetention) {
        if (!ZoneId.getAvailableZoneIds().contains(timeZone)) {
            throw ProblemException.invalid("timeZone", "must be an IANA time zone id such as Europe/Berlin");
        }
        entityManager.createNativeQuery("insert into {h-schema}user_settings (owner_id, time_zone,"
                        + " day_rollover_hour, new_per_day, reviews_per_day, desired_retention, updated_at, version)"
                        + " values (:owner, :zone, :hour, :new, :reviews, :retention, :now, 0)"
                        + " on conflict (owner_id) do update set time_zone = excluded.time_zone,"
                        + " day_rollover_hour = excluded.day_rollover_hour, new_per_day = excluded.new_per_day,"
                        + " reviews_per_day = excluded.reviews_per_day,"
                        + " desired_retention = excluded.desired_retention, updated_at = excluded.updated_at,"
                        + " version = user_settings.version + 1")
                .setParameter("owner", ownerId)
                .setParameter("zone", timeZone)
                .setParameter("hour", dayRolloverHour)
                .setParameter("new", newPerDay)
                .setParameter("reviews", reviewsPerDay)
                .setParameter("retention", desiredRetention)
                .setParameter("now", Instant.now())
                .executeUpdate();
        totals.countedIn(ownerId, ZoneId.of(timeZone), dayRolloverHour);
        return new StudySettings(ZoneId.of(timeZone), dayRolloverHour, newPerDay, reviewsPerDay, desiredRetention);
    }
}
