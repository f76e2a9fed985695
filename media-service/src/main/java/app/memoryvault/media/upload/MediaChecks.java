package app.memoryvault.media.upload;

import app.memoryvault.platform.problem.ProblemException;

/** The answers of the upload checks. */
final class MediaChecks {

    private MediaChecks() {
    }

    /** 422: the file is of an accepted type but refused by a header check. */
    static ProblemException refused(String reason) {
        return new ProblemException(422, "media-refused", "Media refused", reason);
    }
}
