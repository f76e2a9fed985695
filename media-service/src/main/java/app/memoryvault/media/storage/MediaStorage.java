package app.memoryvault.media.storage;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where media bytes live — S3 or the local filesystem, chosen by {@code memoryvault.media.storage.type}.
 * Keys come from {@link StorageKeys}, never from user input.
 */
public interface MediaStorage {

    /** Stores the file under the key, replacing anything stored there. */
    void put(String key, Path source, String contentType);

    /** Opens the whole object; throws {@link StoredObjectNotFoundException} when there is none. */
    InputStream open(String key);

    /** Opens {@code length} bytes of the object from {@code offset} on; throws {@link StoredObjectNotFoundException}. */
    InputStream open(String key, long offset, long length);

    /** Size, entity tag and content type of the object; throws {@link StoredObjectNotFoundException}. */
    StoredObject stat(String key);

    /**
     * Keys under the folder {@code prefix} (ending with {@code /}) of objects last written before {@code before}, at
     * most {@code max} of them, for sweeping objects nothing refers to.
     */
    List<String> keysOlderThan(String prefix, Instant before, int max);

    /** Removes the object; removing one that is not there is not an error. */
    void delete(String key);

    /**
     * A URL anyone may GET the object from until {@code ttl} has passed, answered with the given
     * {@code Content-Disposition}, when the store can sign one itself (S3); empty when it cannot (filesystem).
     */
    Optional<URI> presignedGet(String key, Duration ttl, String contentDisposition);

    /** The object as a file of this machine, when the store keeps it so (filesystem), for zero-copy serving. */
    Optional<Path> localFile(String key);
}
