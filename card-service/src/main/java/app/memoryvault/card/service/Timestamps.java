package app.memoryvault.card.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Time as the database keeps it (microseconds), so that a timestamp read back equals the one written. */
final class Timestamps {

    private Timestamps() {
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
