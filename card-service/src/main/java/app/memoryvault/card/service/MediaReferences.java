package app.memoryvault.card.service;

import app.memoryvault.card.client.MediaFileAnswer;
import app.memoryvault.card.client.MediaFilesClient;
import app.memoryvault.events.ItemKind;
import app.memoryvault.platform.problem.Problem;
import app.memoryvault.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Makes sure a card references only the caller's own media files, each of its item's kind: every media id of the
 * request is asked of media-service ({@code GET /api/files/{id}}) with the caller's bearer token, once per id.
 * Unknown or another user's files and files of the other kind answer 422 naming each item's {@code mediaId};
 * media-service unreachable, too slow or failing answers 503. Called before the card's transaction, so a card
 * request never holds a database connection while it waits.
 */
@ApplicationScoped
public class MediaReferences {

    private static final Logger LOG = Logger.getLogger(MediaReferences.class);

    private final MediaFilesClient client;
    private final JsonWebToken token;

    public MediaReferences(MediaFilesClient client, JsonWebToken token) {
        this.client = client;
        this.token = token;
    }

    /** What media-service says of each media file the items reference, once per file. */
    public List<VerifiedMedia> verify(List<CardInput.MediaItem> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        String authorization = "Bearer " + token.getRawToken();
        Map<UUID, Optional<VerifiedMedia>> files = new LinkedHashMap<>();
        for (CardInput.MediaItem item : items) {
            files.computeIfAbsent(item.mediaId(), id -> ask(id, authorization));
        }
        List<Problem.FieldError> refused = new ArrayList<>();
        for (CardInput.MediaItem item : items) {
            problemWith(item, files.get(item.mediaId()))
                    .ifPresent(message -> refused.add(new Problem.FieldError(item.field(), message)));
        }
        if (!refused.isEmpty()) {
            throw CardInput.fieldProblem(422, "unusable-media", "Media cannot be used", refused);
        }
        return files.values().stream().map(Optional::orElseThrow).toList();
    }

    private static Optional<String> problemWith(CardInput.MediaItem item, Optional<VerifiedMedia> file) {
        if (file.isEmpty() || file.get().kind() == null || file.get().status() == null) {
            return Optional.of("is not one of your media files");
        }
        String kind = file.get().kind().name().toLowerCase(Locale.ROOT);
        if (!kind.equals(item.kind().name().toLowerCase(Locale.ROOT))) {
            return Optional.of("is an " + kind + " file, not " + article(item.kind()));
        }
        return Optional.empty();
    }

    private static String article(ItemKind kind) {
        return kind == ItemKind.IMAGE ? "an image" : "an audio file";
    }

    /** The file, or empty when media-service does not know it for this caller (404). */
    private Optional<VerifiedMedia> ask(UUID id, String authorization) {
        try {
            MediaFileAnswer answer = client.get(id, authorization);
            return Optional.of(VerifiedMedia.of(id, answer));
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 404) {
                return Optional.empty();
            }
            throw unavailable(id, "it answered " + status, e);
        } catch (ProcessingException e) {
            throw unavailable(id, "it could not be reached in time", e);
        }
    }

    private static ProblemException unavailable(UUID id, String why, Exception cause) {
        LOG.warnf("media file %s could not be checked with media-service: %s (%s)", id, why, cause.toString());
        return new ProblemException(503, "media-service-unavailable", "Service unavailable",
                "the media files of the card could not be checked with media-service (" + why
                        + "); nothing was stored, try again later");
    }
}
