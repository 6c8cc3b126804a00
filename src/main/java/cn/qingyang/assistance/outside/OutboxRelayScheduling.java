package cn.qingyang.assistance.outside;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs {@link OutboxRelay#relayDue()} every {@code qingyang.outside.relay.interval} after the
 * previous run ended, unless {@code qingyang.outside.relay.enabled} is false. Registered here
 * rather than with {@code @Scheduled}, so that the interval and its default come from
 * {@link OutboxRelayProperties} alone.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class OutboxRelayScheduling implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelayScheduling.class);

    private final OutboxRelay relay;
    private final OutboxRelayProperties settings;

    OutboxRelayScheduling(OutboxRelay relay, OutboxRelayProperties settings) {
        this.relay = relay;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (!settings.enabled()) {
            log.info("Outbox relay disabled on this node (qingyang.outside.relay.enabled=false)");
            return;
        }
        registrar.addFixedDelayTask(() -> {
            try {
                relay.relayDue();
            } catch (RuntimeException e) {
                // the database may be away for a moment: the next run tries again
                log.warn("Outbox relay run failed: {}", e.toString());
            }
        }, settings.interval());
    }
}
