package app.memoryvault.devstack;

import java.util.function.IntConsumer;
import sun.misc.Signal;

/**
 * Handles Ctrl-C (SIGINT) and SIGTERM ourselves instead of leaving them to the JVM's shutdown hooks: the embedded
 * Postgres registers its own hook, which would stop the database while the services are still shutting down.
 * {@code sun.misc.Signal} (module jdk.unsupported) is the only JDK API for this; javac warns about it.
 */
final class StopSignals {

    private StopSignals() {
    }

    /** Calls {@code exit} with the conventional status (130 for SIGINT, 143 for SIGTERM). */
    static void handle(IntConsumer exit) {
        Signal.handle(new Signal("INT"), signal -> exit.accept(130));
        Signal.handle(new Signal("TERM"), signal -> exit.accept(143));
    }
}
