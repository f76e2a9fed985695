package app.memoryvault.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the outbox relay ({@code memoryvault.outbox.*}). */
@ConfigMapping(prefix = "memoryvault.outbox")
public interface OutboxConfig {

    /** Whether the relay polls the outbox on its schedule; when false, rows wait until {@code relayPending()}. */
    @WithDefault("true")
    boolean enabled();

    /** How often the relay looks for pending rows. */
    @WithDefault("1s")
    Duration pollInterval();

    /** At most this many rows per poll. */
    @WithDefault("100")
    int batchSize();

    /** How long the relay waits for the broker to acknowledge one message before it gives up until the next poll. */
    @WithDefault("30s")
    Duration sendTimeout();

    /** How long sent rows stay in the table (for inspection and replay) before they are purged. */
    @WithDefault("7d")
    Duration sentRetention();
}
