package cn.qingyang.assistance.outside;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health/outbox} for operators: how many messages wait to be sent and how many
 * FAILED after their last attempt (the log has an ERROR line for each, with its key). A FAILED
 * message does not take the node out of service: the status stays UP, the count tells.
 */
@Component("outboxHealthIndicator")
class OutboxHealth implements HealthIndicator {

    private final OutboundMessageRepository messages;

    OutboxHealth(OutboundMessageRepository messages) {
        this.messages = messages;
    }

    @Override
    public Health health() {
        return Health.up()
                .withDetail("pending", messages.count(OutboundMessageRepository.PENDING))
                .withDetail("sending", messages.count(OutboundMessageRepository.SENDING))
                .withDetail("failed", messages.count(OutboundMessageRepository.FAILED))
                .build();
    }
}
