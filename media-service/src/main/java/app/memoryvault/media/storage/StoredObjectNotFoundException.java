package app.memoryvault.media.storage;

/** Storage has no object under the key asked for. */
public class StoredObjectNotFoundException extends RuntimeException {

    public StoredObjectNotFoundException(String key) {
        super("no stored object under " + key);
    }
}
