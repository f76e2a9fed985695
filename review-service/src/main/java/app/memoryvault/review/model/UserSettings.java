package app.memoryvault.review.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A user's study settings; users without a row get the configured defaults. */
@Entity
@Table(name = "user_settings")
public class UserSettings extends PanacheEntityBase {

    @Id
    @Column(name = "owner_id")
    public String ownerId;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Column(name = "day_rollover_hour", nullable = false)
    public int dayRolloverHour;

    @Column(name = "new_per_day", nullable = false)
    public int newPerDay;

    @Column(name = "reviews_per_day", nullable = false)
    public int reviewsPerDay;

    @Column(name = "desired_retention", nullable = false)
    public double desiredRetention;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    public long version;
}
