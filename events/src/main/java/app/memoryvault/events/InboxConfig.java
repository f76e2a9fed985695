package app.memoryvault.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the inbox ({@code memoryvault.inbox.*}). */
@ConfigMapping(prefix = "memoryvault.inbox")
public interface InboxConfig {

    /**
     * How long processed event ids are remembered. Keep it longer than any redelivery can come late: the topics'
     * retention, or a consumer group reset to the earliest offset would apply old events again.
     */
    @WithDefault("30d")
    Duration retention();
}
