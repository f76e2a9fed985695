package app.memoryvault.media.service;

import app.memoryvault.media.config.MediaConfig;
import app.memoryvault.media.processing.ProcessingConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * This process's private folders for uploads being received and jobs being processed, one under each configured
 * root ({@code proc-<random>}), each holding a {@code lock} file locked for as long as the process lives. At start,
 * the folders of processes that are gone (their lock free: a crash or a kill left them) are removed with whatever
 * half-received uploads and half-done jobs they hold; folders of live processes sharing the root are left alone.
 */
@ApplicationScoped
public class ScratchSpace {

    private static final Logger LOG = Logger.getLogger(ScratchSpace.class);
    private static final String PREFIX = "proc-";
    private static final String LOCK = "lock";

    private final Path uploads;
    private final Path jobs;
    private final List<FileChannel> locks = new ArrayList<>();

    public ScratchSpace(MediaConfig media, ProcessingConfig processing) {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        String own = PREFIX + UUID.randomUUID();
        this.uploads = claim(media.upload().tempDir().orElse(tmp.resolve("memoryvault-uploads")).resolve(own));
        this.jobs = claim(processing.tempDir().orElse(tmp.resolve("memoryvault-jobs")).resolve(own));
    }

    void onStart(@Observes StartupEvent event) {
        int removed = sweep();
        if (removed > 0) {
            LOG.infof("removed the scratch folders of %d processes that are gone", removed);
        }
    }

    /** Where this process receives uploads, each in its own private folder. */
    public Path uploads() {
        return uploads;
    }

    /** Where this process runs jobs, each in its own private folder. */
    public Path jobs() {
        return jobs;
    }

    /** Removes the folders of processes that are gone, under both roots; answers how many. */
    public int sweep() {
        return sweep(uploads) + (jobs.getParent().equals(uploads.getParent()) ? 0 : sweep(jobs));
    }

    private static int sweep(Path own) {
        int removed = 0;
        try (Stream<Path> siblings = Files.list(own.getParent())) {
            for (Path dir : siblings.filter(dir -> dir.getFileName().toString().startsWith(PREFIX)).toList()) {
                if (!dir.equals(own) && ownerGone(dir)) {
                    delete(dir);
                    removed++;
                }
            }
        } catch (IOException e) {
            LOG.warnf(e, "cannot sweep %s", own.getParent());
        }
        return removed;
    }

    /** Whether nobody holds the folder's lock: its process is gone (a lock of this JVM counts as held). */
    private static boolean ownerGone(Path dir) {
        try (FileChannel channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return false;
            }
            lock.release();
            return true;
        } catch (OverlappingFileLockException e) {
            return false;
        } catch (IOException e) {
            // no lock file: a folder whose process died while creating it
            return Files.isDirectory(dir);
        }
    }

    private Path claim(Path dir) {
        try {
            Files.createDirectories(dir.getParent());
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            FileChannel channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            channel.lock();
            locks.add(channel);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the scratch folder " + dir, e);
        }
    }

    @PreDestroy
    void release() {
        for (FileChannel channel : locks) {
            try {
                channel.close();
            } catch (IOException e) {
                LOG.debugf(e, "cannot release %s", channel);
            }
        }
        delete(uploads);
        delete(jobs);
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            LOG.debugf(e, "cannot delete %s", dir);
        }
    }
}
