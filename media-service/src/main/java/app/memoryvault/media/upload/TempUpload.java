package app.memoryvault.media.upload;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * An upload received into a private folder (owner-only permissions), hashed with SHA-256 and counted while it is
 * written; writing past the cap throws {@link TooLargeException} at the cap. Closing removes the folder.
 */
public final class TempUpload implements AutoCloseable {

    private final Path dir;
    private final Path file;
    private final MessageDigest digest;
    private final long cap;
    private long size;
    private String sha256;

    private TempUpload(Path dir, long cap) throws IOException {
        this.dir = dir;
        this.file = Files.createFile(dir.resolve("upload"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        this.cap = cap;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new private folder under {@code parent} for an upload of at most {@code cap} bytes. */
    public static TempUpload create(Path parent, long cap) {
        try {
            Files.createDirectories(parent);
            Path dir = Files.createTempDirectory(parent, "upload-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            return new TempUpload(dir, cap);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a private folder for an upload", e);
        }
    }

    /**
     * Receives the upload's bytes; call once and close it before reading {@link #size()} or {@link #sha256()}.
     * A failure to write the temp file is this server's, thrown as {@link UncheckedIOException}, so that an
     * {@link IOException} from the copy is the client's (cap passed, or the body cut short).
     */
    public OutputStream output() throws IOException {
        OutputStream out = Files.newOutputStream(file);
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int off, int len) throws IOException {
                if (size + len > cap) {
                    throw new TooLargeException(cap);
                }
                try {
                    out.write(bytes, off, len);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write the upload's temp file", e);
                }
                digest.update(bytes, off, len);
                size += len;
            }

            @Override
            public void close() throws IOException {
                out.close();
                sha256 = HexFormat.of().formatHex(digest.digest());
            }
        };
    }

    public Path file() {
        return file;
    }

    /** The private folder, where tools checking the upload may write. */
    public Path dir() {
        return dir;
    }

    public long size() {
        return size;
    }

    /** Lower-case hex. */
    public String sha256() {
        return sha256;
    }

    @Override
    public void close() {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + dir, e);
        }
    }

    /** The upload went past its cap. */
    public static final class TooLargeException extends IOException {

        private final long cap;

        TooLargeException(long cap) {
            super("upload larger than " + cap + " bytes");
            this.cap = cap;
        }

        public long cap() {
            return cap;
        }
    }
}
