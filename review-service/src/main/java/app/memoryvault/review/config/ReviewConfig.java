package app.memoryvault.review.config;

import app.memoryvault.events.SchedulerType;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

/** Settings of the review service ({@code memoryvault.review.*}). */
@ConfigMapping(prefix = "memoryvault.review")
public interface ReviewConfig {

    /** The scheduler of a card whose deck has not told us its own yet. */
    @WithDefault("leitner")
    SchedulerType defaultScheduler();

    /** What a user who never changed their settings gets. */
    SettingsDefaults settingsDefaults();

    interface SettingsDefaults {

        @WithDefault("UTC")
        ZoneId timeZone();

        /** The local hour at which a study day starts. */
        @WithDefault("4")
        int dayRolloverHour();

        @WithDefault("20")
        int newPerDay();

        @WithDefault("200")
        int reviewsPerDay();

        /** FSRS's target probability of recall when a card comes due. */
        @WithDefault("0.9")
        double desiredRetention();
    }
}
