package app.memoryvault.card.model;

import app.memoryvault.events.MediaKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Read model of one media-service file that cards reference: its kind, processing status, size or duration and
 * the names of its processed variants. Written only by {@code MediaViewRepository}.
 */
@Entity
@Table(name = "media_view")
public class MediaView extends PanacheEntityBase {

    @Id
    public UUID mediaId;
    public String ownerId;
    /** Null while only a media-processed event has told of the file. */
    public MediaKind kind;
    public MediaStatus status;
    public Integer width;
    public Integer height;
    public Long durationMs;
    public String failureReason;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> variants;
    public Instant updatedAt;

    /** The known files among {@code ids}, by id. */
    public static Map<UUID, MediaView> byId(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return MediaView.<MediaView>list("mediaId in ?1", ids).stream()
                .collect(Collectors.toMap(view -> view.mediaId, Function.identity()));
    }
}
