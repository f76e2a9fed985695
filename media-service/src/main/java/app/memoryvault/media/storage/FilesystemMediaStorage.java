package app.memoryvault.media.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.regex.Pattern;

/**
 * Stores each object as a file under one root directory, with its content type and entity tag in a sidecar file
 * under {@code .meta/}. Writes go to a temporary file under {@code .tmp/} first and are moved into place, so readers
 * never see half an object. Keys are checked so that they can never name anything outside the root.
 */
public class FilesystemMediaStorage implements MediaStorage {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*(/[A-Za-z0-9][A-Za-z0-9_.-]*)*");

    private final Path root;
    private final Path metaRoot;
    private final Path tmp;

    public FilesystemMediaStorage(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.metaRoot = this.root.resolve(".meta");
        this.tmp = this.root.resolve(".tmp");
        try {
            Files.createDirectories(tmp);
            Files.createDirectories(metaRoot);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the media store under " + this.root, e);
        }
    }

    @Override
    public void put(String key, Path source, String contentType) {
        Path target = dataPath(key);
        Path data = null;
        Path meta = null;
        try {
            data = Files.createTempFile(tmp, "put-", ".data");
            String etag = ObjectDigest.copy(source, data);
            meta = Files.createTempFile(tmp, "put-", ".meta");
            SidecarMetadata.write(meta, contentType, etag);
            Files.createDirectories(target.getParent());
            Files.createDirectories(metaPath(key).getParent());
            Files.move(meta, metaPath(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Files.move(data, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store " + key, e);
        } finally {
            deleteQuietly(data);
            deleteQuietly(meta);
        }
    }

    @Override
    public InputStream open(String key) {
        try {
            return Files.newInputStream(dataPath(key));
        } catch (NoSuchFileException e) {
            throw new StoredObjectNotFoundException(key);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + key, e);
        }
    }

    @Override
    public InputStream open(String key, long offset, long length) {
        InputStream in = open(key);
        try {
            in.skipNBytes(offset);
            return new BoundedInputStream(in, length);
        } catch (IOException e) {
            closeQuietly(in);
            throw new UncheckedIOException("cannot read " + key + " from " + offset, e);
        }
    }

    @Override
    public StoredObject stat(String key) {
        Path data = dataPath(key);
        try {
            long size = Files.size(data);
            return SidecarMetadata.read(metaPath(key), size, Files.getLastModifiedTime(data).toMillis());
        } catch (NoSuchFileException e) {
            throw new StoredObjectNotFoundException(key);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + key, e);
        }
    }

    @Override
    public List<String> keysOlderThan(String folder, Instant before, int max) {
        Path dir = inside(root, folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> modifiedBefore(file, before))
                    .map(file -> root.relativize(file).toString())
                    .limit(max)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private static boolean modifiedBefore(Path file, Instant before) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(before);
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(dataPath(key));
            Files.deleteIfExists(metaPath(key));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + key, e);
        }
    }

    @Override
    public Optional<URI> presignedGet(String key, Duration ttl, String contentDisposition) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> localFile(String key) {
        Path data = dataPath(key);
        return Files.isRegularFile(data) ? Optional.of(data) : Optional.empty();
    }

    private Path dataPath(String key) {
        return inside(root, key);
    }

    private Path metaPath(String key) {
        return inside(metaRoot, key);
    }

    private static Path inside(Path base, String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a storage key: " + key);
        }
        Path path = base.resolve(key).normalize();
        if (!path.startsWith(base) || path.equals(base)) {
            throw new IllegalArgumentException("not a storage key: " + key);
        }
        return path;
    }

    private static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // a leftover temporary file is harmless
            }
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // nothing was read from it
        }
    }
}
