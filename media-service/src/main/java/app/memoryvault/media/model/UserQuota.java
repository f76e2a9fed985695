package app.memoryvault.media.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** How many bytes a user stores and may store; a user without a row has the default limit and uses nothing. */
@Entity
@Table(name = "user_quota")
public class UserQuota extends PanacheEntityBase {

    @Id
    @Column(name = "owner_id")
    public String ownerId;

    @Column(name = "used_bytes", nullable = false)
    public long usedBytes;

    @Column(name = "limit_bytes", nullable = false)
    public long limitBytes;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
