package app.memoryvault.media.processing;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.Priorities;
import jakarta.annotation.Priority;
import java.util.Locale;

/**
 * Derives whether the {@code media-uploaded} channel is enabled from {@code memoryvault.media.role}: a process of
 * role {@code api} never joins the worker's consumer group. An explicit
 * {@code mp.messaging.incoming.media-uploaded.enabled} wins.
 */
@Priority(Priorities.APPLICATION)
public class WorkerChannelSwitch implements ConfigSourceInterceptor {

    static final String ENABLED = "mp.messaging.incoming.media-uploaded.enabled";
    static final String ROLE = "memoryvault.media.role";

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue value = context.proceed(name);
        if (!ENABLED.equals(name) || value != null) {
            return value;
        }
        ConfigValue role = context.proceed(ROLE);
        boolean api = role != null && role.getValue() != null
                && "api".equals(role.getValue().trim().toLowerCase(Locale.ROOT));
        return ConfigValue.builder().withName(ENABLED).withValue(Boolean.toString(!api)).build();
    }
}
