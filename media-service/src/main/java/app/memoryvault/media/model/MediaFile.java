package app.memoryvault.media.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One uploaded file of a user: what was detected, where its bytes are, and how far processing got. */
@Entity
@Table(name = "media_file")
public class MediaFile extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "owner_id", nullable = false)
    public String ownerId;

    /** {@code image} or {@code audio}. */
    @Column(nullable = false)
    public String kind;

    /** The type detected from the bytes, never the one the client declared. */
    @Column(name = "mime_type", nullable = false)
    public String mimeType;

    @Column(nullable = false, columnDefinition = "bpchar")
    public String sha256;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    public Integer width;

    public Integer height;

    @Column(name = "duration_ms")
    public Long durationMs;

    /** {@code pending}, {@code ready}, {@code failed} or {@code deleted}. */
    @Column(nullable = false)
    public String status;

    @Column(name = "failure_reason")
    public String failureReason;

    /** Where the upload waits for a worker; null once processed. */
    @Column(name = "upload_key")
    public String uploadKey;

    /** Storage key of each processed variant by name (display, thumb200, thumb400, audio). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "variant_keys", nullable = false)
    public Map<String, String> variantKeys = new HashMap<>();

    @Column(name = "ref_count", nullable = false)
    public int refCount;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "deleted_at")
    public Instant deletedAt;

    /** When the collector removed a deleted file's objects and returned its quota. */
    @Column(name = "removed_at")
    public Instant removedAt;

    @Version
    public long version;

    /** The user's live (not deleted) file of {@code kind} with these bytes, if any. */
    public static MediaFile findLive(String ownerId, String sha256, String kind) {
        return find("ownerId = ?1 and sha256 = ?2 and kind = ?3 and deletedAt is null", ownerId, sha256, kind)
                .firstResult();
    }

    /** The user's live file; null for another user's, a deleted or an unknown one. */
    public static MediaFile findOwned(String ownerId, UUID id) {
        return find("id = ?1 and ownerId = ?2 and deletedAt is null", id, ownerId).firstResult();
    }
}
