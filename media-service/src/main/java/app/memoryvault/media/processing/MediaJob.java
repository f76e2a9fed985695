package app.memoryvault.media.processing;

import app.memoryvault.events.MediaKind;
import app.memoryvault.events.MediaUploaded;
import app.memoryvault.media.model.MediaFile;
import app.memoryvault.media.service.ScratchSpace;
import app.memoryvault.media.storage.MediaStorage;
import app.memoryvault.media.storage.StorageKeys;
import app.memoryvault.media.storage.StoredObjectNotFoundException;
import app.memoryvault.media.upload.AcceptedFormat;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * One processing job: the upload read from storage into a private folder, processed, every variant written under
 * its fixed key (a redone job overwrites the same keys), the file marked ready or failed, and the upload deleted
 * after the commit. A job for a file that is no longer pending does nothing but that deletion.
 */
@ApplicationScoped
public class MediaJob {

    private static final Logger LOG = Logger.getLogger(MediaJob.class);

    private final MediaStorage storage;
    private final JobCompletion completion;
    private final ImageProcessor images;
    private final AudioProcessor audio;
    private final ScratchSpace scratch;

    public MediaJob(MediaStorage storage, JobCompletion completion, ImageProcessor images, AudioProcessor audio,
            ScratchSpace scratch) {
        this.storage = storage;
        this.completion = completion;
        this.images = images;
        this.audio = audio;
        this.scratch = scratch;
    }

    public void run(UUID eventId, MediaUploaded event) {
        MediaFile file = QuarkusTransaction.requiringNew().call(() -> MediaFile.findById(event.mediaId()));
        String uploadKey = StorageKeys.upload(event.mediaId());
        if (file == null || !"pending".equals(file.status)) {
            LOG.debugf("media %s is not pending any more; job %s skipped", event.mediaId(), eventId);
            storage.delete(uploadKey);
            return;
        }
        Path dir = JobFolder.create(scratch.jobs());
        try {
            Outcome outcome = process(file, event.kind(), uploadKey, dir);
            boolean done = outcome.reason() == null
                    ? completion.ready(eventId, file.id, store(file.id, outcome.processed()), outcome.processed())
                    : completion.failed(eventId, file.id, outcome.reason());
            if (done) {
                LOG.infof("media %s %s", file.id, outcome.reason() == null ? "ready" : "failed: " + outcome.reason());
            }
            storage.delete(uploadKey);
        } finally {
            JobFolder.delete(dir);
        }
    }

    private Outcome process(MediaFile file, MediaKind kind, String uploadKey, Path dir) {
        AcceptedFormat format = AcceptedFormat.of(kind, file.mimeType).orElse(null);
        if (format == null) {
            return Outcome.failed("the type " + file.mimeType + " cannot be processed");
        }
        Path source = dir.resolve("upload");
        try (InputStream in = storage.open(uploadKey)) {
            Files.copy(in, source);
        } catch (StoredObjectNotFoundException e) {
            return Outcome.failed("the upload is no longer stored");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read upload " + uploadKey, e);
        }
        try {
            Processed processed = kind == MediaKind.IMAGE
                    ? images.process(format, source, dir)
                    : audio.process(format, source, dir);
            return new Outcome(processed, null);
        } catch (ProcessingException e) {
            return Outcome.failed(e.getMessage());
        }
    }

    private Map<String, String> store(UUID mediaId, Processed processed) {
        Map<String, String> keys = new HashMap<>();
        for (Variant variant : processed.variants()) {
            String key = StorageKeys.variant(mediaId, variant.name());
            storage.put(key, variant.file(), variant.contentType());
            keys.put(variant.name(), key);
        }
        return keys;
    }

    private record Outcome(Processed processed, String reason) {

        static Outcome failed(String reason) {
            return new Outcome(null, reason);
        }
    }
}
