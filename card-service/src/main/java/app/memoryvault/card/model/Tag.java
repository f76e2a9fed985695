package app.memoryvault.card.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A label an owner puts on cards; stored normalised (trimmed, lower case), unique per owner. */
@Entity
@Table(name = "tag")
public class Tag extends PanacheEntityBase {

    @Id
    public UUID id;
    public String ownerId;
    public String name;

    public static List<Tag> named(String ownerId, Collection<String> names) {
        return list("ownerId = ?1 and name in ?2", ownerId, names);
    }

    /** The owner's tag of this name if at least one of their cards, live or in the trash, carries it. */
    public static Optional<Tag> findUsed(String ownerId, String name) {
        return find("from Tag tag where tag.ownerId = ?1 and tag.name = ?2"
                + " and exists (select 1 from Card c join c.tags t where t = tag)", ownerId, name)
                .firstResultOptional();
    }
}
