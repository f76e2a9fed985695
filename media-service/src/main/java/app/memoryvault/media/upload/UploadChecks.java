package app.memoryvault.media.upload;

import app.memoryvault.events.MediaKind;
import app.memoryvault.media.model.MediaFile;
import app.memoryvault.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Everything an upload must pass before it is accepted: its type detected from the bytes and on the endpoint's
 * allow-list (415 naming what was detected), then its header within limits (422 with the reason).
 */
@ApplicationScoped
public class UploadChecks {

    private final ContentDetector detector;
    private final ImageHeaderCheck images;
    private final AudioProbe audio;

    public UploadChecks(ContentDetector detector, ImageHeaderCheck images, AudioProbe audio) {
        this.detector = detector;
        this.images = images;
        this.audio = audio;
    }

    /** A new, unsaved file with what the checks found: stored type, dimensions or duration. */
    public MediaFile check(MediaKind kind, TempUpload upload) {
        String detected = detect(upload);
        AcceptedFormat format = AcceptedFormat.of(kind, detected).orElseThrow(() -> new ProblemException(415,
                "unsupported-media-type", "Unsupported media type", "the file is " + detected + "; accepted: "
                        + String.join(", ", AcceptedFormat.mimeTypesOf(kind))));
        MediaFile file = new MediaFile();
        file.mimeType = format.mimeType();
        if (kind == MediaKind.IMAGE) {
            ImageHeaderCheck.Header header = images.check(format, upload.file());
            file.width = header.width();
            file.height = header.height();
        } else {
            file.durationMs = audio.check(format, upload.file(), upload.dir());
        }
        return file;
    }

    private String detect(TempUpload upload) {
        try {
            return detector.detect(upload.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
