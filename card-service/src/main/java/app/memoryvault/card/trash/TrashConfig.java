package app.memoryvault.card.trash;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long deleted decks and cards stay restorable, and how the purge that removes them afterwards runs. */
@ConfigMapping(prefix = "memoryvault.trash")
public interface TrashConfig {

    /** A deleted card or deck can be restored for this long; then the purge removes it for good. */
    @WithDefault("30d")
    Duration retention();

    /** How often the purge runs: a scheduler period such as {@code 1h}, or {@code off}. */
    @WithDefault("1h")
    String purgeEvery();

    /** Cards, or decks, removed per purge transaction. */
    @WithDefault("500")
    int purgeBatchSize();
}
