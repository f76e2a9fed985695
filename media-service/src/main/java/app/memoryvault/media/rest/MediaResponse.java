package app.memoryvault.media.rest;

import app.memoryvault.media.model.MediaFile;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** The Media resource: a file's metadata and signed, expiring links to its processed variants. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MediaResponse(UUID id, String kind, String status, String mimeType, long size, Integer width,
        Integer height, Long durationMs, String sha256, int refCount, String failureReason, Map<String, URI> links,
        Instant createdAt) {

    static MediaResponse of(MediaFile file, Map<String, URI> links) {
        return new MediaResponse(file.id, file.kind, file.status, file.mimeType, file.sizeBytes, file.width,
                file.height, file.durationMs, file.sha256, file.refCount, file.failureReason, links, file.createdAt);
    }
}
