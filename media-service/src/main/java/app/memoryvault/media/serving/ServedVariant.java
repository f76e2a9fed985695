package app.memoryvault.media.serving;

import app.memoryvault.media.storage.StoredObject;
import java.nio.file.Path;
import java.util.Optional;

/** One variant ready to be served: its storage key, what the store knows of it, and its local file if it has one. */
record ServedVariant(String key, StoredObject object, Optional<Path> localFile) {
}
