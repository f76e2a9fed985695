package app.memoryvault.review.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A card purged for good: remembered so that a late or replayed event for it never brings its schedule back. */
@Entity
@Table(name = "purged_card")
public class PurgedCard extends PanacheEntityBase {

    @Id
    @Column(name = "card_id")
    public UUID cardId;

    @Column(name = "owner_id", nullable = false)
    public String ownerId;

    @Column(name = "purged_at", nullable = false)
    public Instant purgedAt;

    public static PurgedCard of(UUID cardId, String ownerId, Instant purgedAt) {
        PurgedCard purged = new PurgedCard();
        purged.cardId = cardId;
        purged.ownerId = ownerId;
        purged.purgedAt = purgedAt;
        return purged;
    }
}
