package app.memoryvault.media.service;

import app.memoryvault.events.MediaKind;
import app.memoryvault.events.MediaUploaded;
import app.memoryvault.media.config.MediaConfig;
import app.memoryvault.media.model.MediaFile;
import app.memoryvault.media.storage.MediaStorage;
import app.memoryvault.media.storage.StorageKeys;
import app.memoryvault.media.upload.MultipartFilePart;
import app.memoryvault.media.upload.TempUpload;
import app.memoryvault.media.upload.UploadChecks;
import app.memoryvault.platform.problem.Problem;
import app.memoryvault.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

/**
 * An upload from request body to {@code pending} file: rate limit, streaming into a private temp file (hashed,
 * counted, cut at the cap), deduplication, checks of type and header, storage, and registration with quota and
 * event. Nothing stays behind when a step fails: the temp folder always goes, a stored object goes when the
 * registration does not commit.
 */
@ApplicationScoped
public class UploadService {

    private final UploadRateLimiter rateLimiter;
    private final UploadChecks checks;
    private final QuotaService quotas;
    private final MediaRegistry registry;
    private final MediaStorage storage;
    private final ScratchSpace scratch;
    private final MediaConfig.Upload config;

    public UploadService(UploadRateLimiter rateLimiter, UploadChecks checks, QuotaService quotas,
            MediaRegistry registry, MediaStorage storage, ScratchSpace scratch, MediaConfig config) {
        this.rateLimiter = rateLimiter;
        this.checks = checks;
        this.quotas = quotas;
        this.registry = registry;
        this.storage = storage;
        this.scratch = scratch;
        this.config = config.upload();
    }

    /** What an upload gave: the file, and whether it is new or the same bytes uploaded before. */
    public record Result(MediaFile file, boolean created) {
    }

    public Result upload(String ownerId, MediaKind kind, String contentType, InputStream body) {
        rateLimiter.acquire(ownerId);
        long cap = kind == MediaKind.IMAGE ? config.imageMaxBytes() : config.audioMaxBytes();
        try (TempUpload temp = TempUpload.create(scratch.uploads(), cap)) {
            receive(temp, contentType, body, cap);
            String kindName = kind.name().toLowerCase(Locale.ROOT);
            MediaFile existing = MediaFile.findLive(ownerId, temp.sha256(), kindName);
            if (existing != null) {
                return new Result(existing, false);
            }
            MediaFile file = checks.check(kind, temp);
            file.id = UUID.randomUUID();
            file.ownerId = ownerId;
            file.kind = kindName;
            file.sha256 = temp.sha256();
            file.sizeBytes = temp.size();
            file.status = "pending";
            file.uploadKey = StorageKeys.upload(file.id);
            QuotaService.Usage usage = quotas.usageOf(ownerId);
            if (usage.usedBytes() + file.sizeBytes > usage.limitBytes()) {
                throw QuotaService.overQuota(usage, file.sizeBytes);
            }
            return store(file, kind, temp.file());
        }
    }

    private Result store(MediaFile file, MediaKind kind, Path source) {
        storage.put(file.uploadKey, source, file.mimeType);
        try {
            MediaFile registered = registry.register(file, new MediaUploaded(file.id, kind, file.mimeType,
                    file.uploadKey, file.sizeBytes, file.sha256));
            return new Result(registered, true);
        } catch (MediaRegistry.DuplicateUploadException e) {
            storage.delete(file.uploadKey);
            return new Result(MediaFile.findById(e.existingId()), false);
        } catch (RuntimeException e) {
            storage.delete(file.uploadKey);
            throw e;
        }
    }

    private static void receive(TempUpload temp, String contentType, InputStream body, long cap) {
        try (OutputStream out = temp.output()) {
            MultipartFilePart.copy(body, contentType, "file", out);
        } catch (TempUpload.TooLargeException e) {
            throw new ProblemException(Problem.of(413, "file-too-large", "File too large",
                    "the file is larger than the limit of " + cap + " bytes", null));
        } catch (IOException e) {
            throw new ProblemException(400, "upload-interrupted", "Upload interrupted",
                    "the request body ended before the upload was complete");
        }
        if (temp.size() == 0) {
            throw ProblemException.invalid("file", "must not be empty");
        }
    }
}
