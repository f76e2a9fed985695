package app.memoryvault.media.service;

import app.memoryvault.media.model.MediaFile;
import app.memoryvault.media.serving.ServedFiles;
import app.memoryvault.platform.problem.Problem;
import app.memoryvault.platform.problem.ProblemException;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A user's files: the list, one file, and deleting one no card references. */
@ApplicationScoped
public class FileService {

    private final ServedFiles servedFiles;

    public FileService(ServedFiles servedFiles) {
        this.servedFiles = servedFiles;
    }

    /** A page of files and the position after its last one (null on the last page). */
    public record Page(List<MediaFile> files, FileCursor next) {
    }

    /** The user's live files, newest first, optionally of one kind and status, after {@code cursor}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page list(String ownerId, String kind, String status, int limit, FileCursor cursor) {
        StringBuilder query = new StringBuilder("ownerId = :owner and deletedAt is null");
        Parameters parameters = Parameters.with("owner", ownerId);
        if (kind != null) {
            query.append(" and kind = :kind");
            parameters.and("kind", kind);
        }
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        if (cursor != null) {
            query.append(" and (createdAt < :at or (createdAt = :at and id < :id))");
            parameters.and("at", cursor.createdAt()).and("id", cursor.id());
        }
        List<MediaFile> fetched = MediaFile.<MediaFile>find(query.toString(),
                        Sort.descending("createdAt", "id"), parameters)
                .page(0, limit + 1)
                .list();
        if (fetched.size() <= limit) {
            return new Page(fetched, null);
        }
        List<MediaFile> page = fetched.subList(0, limit);
        MediaFile last = page.getLast();
        return new Page(page, new FileCursor(last.createdAt, last.id));
    }

    /** The user's live file; 404 for another user's, a deleted or an unknown one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MediaFile get(String ownerId, UUID id) {
        MediaFile file = MediaFile.findOwned(ownerId, id);
        if (file == null) {
            throw ProblemException.notFound("file", id);
        }
        return file;
    }

    /**
     * Soft-deletes the user's file: 409 with the count while cards reference it. The row lock makes the check and
     * the reference consumer wait for each other. Its objects and quota go with the collector after the grace period.
     */
    @Transactional
    public void delete(String ownerId, UUID id) {
        MediaFile file = MediaFile.find("id = ?1 and ownerId = ?2 and deletedAt is null", id, ownerId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
        if (file == null) {
            throw ProblemException.notFound("file", id);
        }
        if (file.refCount > 0) {
            throw new ProblemException(Problem.of(409, "media-in-use", "Conflict",
                    "the file is referenced by " + file.refCount + (file.refCount == 1 ? " card" : " cards"), null));
        }
        Instant now = Instant.now();
        file.status = "deleted";
        file.deletedAt = now;
        file.updatedAt = now;
        servedFiles.forget(id);
    }
}
