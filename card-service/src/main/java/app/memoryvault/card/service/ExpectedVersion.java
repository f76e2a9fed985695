package app.memoryvault.card.service;

import app.memoryvault.platform.problem.ProblemException;
import java.util.Set;

/**
 * The versions a client's {@code If-Match} header accepts. {@link #ANY} stands for no header (or {@code *}): the
 * update is unconditional, so clients that do not track versions still work; clients that send one get a 412
 * instead of overwriting a change they have not seen.
 */
public record ExpectedVersion(Set<Long> versions) {

    public static final ExpectedVersion ANY = new ExpectedVersion(null);

    /** Throws 412 unless {@code current} is one of the accepted versions. */
    public void check(String what, long current) {
        if (versions != null && !versions.contains(current)) {
            throw ProblemException.preconditionFailed(
                    "the " + what + " has changed since you read it; its current version is " + current);
        }
    }
}
