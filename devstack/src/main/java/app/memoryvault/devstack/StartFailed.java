package app.memoryvault.devstack;

import app.memoryvault.testing.infra.ChildProcess;

/** Something did not start; {@code process}, when known, is the child whose log tells why. */
final class StartFailed extends RuntimeException {

    private final transient ChildProcess process;

    StartFailed(String message, ChildProcess process) {
        super(message);
        this.process = process;
    }

    StartFailed(String message) {
        this(message, null);
    }

    ChildProcess process() {
        return process;
    }
}
