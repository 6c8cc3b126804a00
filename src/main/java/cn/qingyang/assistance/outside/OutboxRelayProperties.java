package cn.qingyang.assistance.outside;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The outbox relay ({@code qingyang.outside.relay.*}): how often it sends what the processes
 * recorded, and how it retries. The defaults are written here and nowhere else; application.yaml
 * documents the keys for administrators.
 *
 * @param enabled     whether this node runs the relay (every node may: a row is claimed before it is sent)
 * @param interval    pause between two runs (default 10 seconds)
 * @param maxAttempts attempts before a message is FAILED (default 5)
 * @param backoff     wait after the first failed attempt, doubled after each further one (default 1 minute)
 * @param lease       how long a claim holds; a row claimed longer ago belongs to a node that died
 *                    while sending and is taken over (default 5 minutes)
 * @param batchSize   rows looked at per run (default 100)
 */
@ConfigurationProperties("qingyang.outside.relay")
public record OutboxRelayProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("PT10S") Duration interval,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("PT1M") Duration backoff,
        @DefaultValue("PT5M") Duration lease,
        @DefaultValue("100") int batchSize) {

    public OutboxRelayProperties {
        if (interval == null || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("qingyang.outside.relay.interval 必须大于 0（如 PT10S），见 application.yaml。");
        }
        if (maxAttempts < 1 || batchSize < 1) {
            throw new IllegalArgumentException("qingyang.outside.relay.max-attempts 与 batch-size 至少为 1，见 application.yaml。");
        }
        if (backoff == null || backoff.isNegative() || lease == null || lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("qingyang.outside.relay.backoff 不能为负、lease 必须大于 0，见 application.yaml。");
        }
    }
}
