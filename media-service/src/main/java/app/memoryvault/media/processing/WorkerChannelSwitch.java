package app.memoryvault.media.processing;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.Priorities;
import jakarta.annotation.Priority;
import java.util.Locale;

/**
 * Disables the {@code media-uploaded} channel when {@code memoryvault.media.role} is {@code api}: such a process never
 * joins the workers' consumer group (the messaging extension supplies a default of true for the channel's
 * {@code enabled}, so the role has to win over any value).
 */
@Priority(Priorities.APPLICATION)
public class WorkerChannelSwitch implements ConfigSourceInterceptor {

    static final String ENABLED = "mp.messaging.incoming.media-uploaded.enabled";
    static final String ROLE = "memoryvault.media.role";

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        if (!ENABLED.equals(name)) {
            return context.proceed(name);
        }
        ConfigValue role = context.restart(ROLE);
        boolean api = role != null && role.getValue() != null
                && "api".equals(role.getValue().trim().toLowerCase(Locale.ROOT));
        return api ? ConfigValue.builder().withName(ENABLED).withValue("false").build() : context.proceed(name);
    }
}
