package app.memoryvault.media.storage;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where media bytes live — S3 or the local filesystem, chosen by {@code memoryvault.media.storage.type}.
 * Keys come from {@link StorageKeys}, never from user input.
 */
public interface MediaStorage {

    /** Stores the file under the key, replacing anything stored there. */
    void put(String key, Path source, String contentType);

    /** Opens the whole object; throws {@link StoredObjectNotFoundException} when there is none. */
    InputStream open(String key);

    /** Removes the object; removing one that is not there is not an error. */
    void delete(String key);
}
