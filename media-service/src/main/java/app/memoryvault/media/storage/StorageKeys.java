package app.memoryvault.media.storage;

import java.util.UUID;

/** The storage keys of a media file: its upload waiting for a worker, and each processed variant. */
public final class StorageKeys {

    private StorageKeys() {
    }

    /** Where an accepted upload waits until a worker has processed it. */
    public static String upload(UUID mediaId) {
        return "uploads/" + mediaId;
    }

    /** Where one processed variant (display, thumb200, thumb400, audio) of a file lives for good. */
    public static String variant(UUID mediaId, String variant) {
        return "media/" + mediaId + "/" + variant;
    }
}
