package app.memoryvault.devstack;

import java.io.PrintStream;
import java.util.Locale;

/** Concise, timestamped progress lines on the console; everything verbose goes to the log files instead. */
final class Progress {

    private static final PrintStream OUT = System.out;
    private static final long START = System.nanoTime();

    private Progress() {
    }

    static void step(String message) {
        OUT.println(prefix() + message);
    }

    static void warn(String message) {
        OUT.println(prefix() + "WARNING: " + message);
    }

    static void error(String message) {
        OUT.println(prefix() + "ERROR: " + message);
    }

    static void raw(String line) {
        OUT.println(line);
    }

    private static String prefix() {
        double seconds = (System.nanoTime() - START) / 1e9;
        return String.format(Locale.ROOT, "[devstack %6.1fs] ", seconds);
    }
}
