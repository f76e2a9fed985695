package app.memoryvault.events.testapp;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The effect of the test consumer: one row per event it applied. */
@Entity
@Table(name = "applied_event")
public class AppliedEvent extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Column(nullable = false)
    public String consumer;

    @Column(name = "card_id", nullable = false)
    public UUID cardId;

    @Column(nullable = false)
    public String type;

    public String text;
}
