package app.memoryvault.card.service;

import app.memoryvault.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Writes a use case's pending changes before it returns, so that what the database refuses is answered as the
 * client's problem: a concurrent change of the same row (version check) is 412, a second live deck of the same name
 * (unique index, when two requests race past the service's own check) is 409.
 */
@ApplicationScoped
public class Persistence {

    static final String DECK_NAME_TAKEN = "deck-name-taken";
    private static final String DECK_NAME_INDEX = "deck_owner_name_live_uk";

    private final EntityManager entityManager;

    public Persistence(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void flush() {
        try {
            entityManager.flush();
        } catch (OptimisticLockException | StaleStateException e) {
            throw ProblemException.preconditionFailed("it was changed by another request at the same time");
        } catch (PersistenceException e) {
            if (violates(e, DECK_NAME_INDEX)) {
                throw ProblemException.conflict(DECK_NAME_TAKEN, "you already have a deck with this name");
            }
            throw e;
        }
    }

    private static boolean violates(Throwable error, String constraint) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation
                    && constraint.equalsIgnoreCase(violation.getConstraintName())) {
                return true;
            }
        }
        return false;
    }
}
