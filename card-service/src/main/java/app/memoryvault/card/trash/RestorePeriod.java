package app.memoryvault.card.trash;

import app.memoryvault.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * Whether something in the trash may still be restored. Past the retention it answers 410 Gone (type
 * {@code urn:memoryvault:problem:restore-period-over}) to its owner, whether or not the purge has run yet; once
 * purged it is 404 like anything that does not exist.
 */
@ApplicationScoped
public class RestorePeriod {

    static final String OVER = "restore-period-over";

    private final TrashConfig config;

    public RestorePeriod(TrashConfig config) {
        this.config = config;
    }

    public void check(String what, UUID id, Instant deletedAt) {
        if (deletedAt.isBefore(Instant.now().minus(config.retention()))) {
            throw new ProblemException(410, OVER, "Restore period over", what + " " + id
                    + " was deleted longer ago than the retention of " + config.retention().toDays()
                    + " days and can no longer be restored");
        }
    }
}
