package app.memoryvault.review.service;

import app.memoryvault.review.config.ReviewConfig;
import app.memoryvault.review.model.UserSettings;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;

/** A user's study settings, falling back to the configured defaults for users who never changed them. */
@ApplicationScoped
public class SettingsService {

    private final ReviewConfig.SettingsDefaults defaults;

    public SettingsService(ReviewConfig config) {
        this.defaults = config.settingsDefaults();
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
}
