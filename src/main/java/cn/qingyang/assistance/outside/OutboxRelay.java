package cn.qingyang.assistance.outside;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Sends what the processes recorded in {@code outbound_message} through the links ({@link SmsGateway},
 * {@link DepartmentNotice}, {@link FinanceSystem}), after the engine's transaction has committed: a
 * rollback of the case can no longer text a person twice. Runs on every node
 * ({@link OutboxRelayScheduling}); a row is claimed in one statement before it is sent, so two nodes
 * never send the same row, and a claim older than the lease (a node that died while sending) is
 * taken over. A failed attempt is logged (WARN) and tried again after a doubling backoff; after the
 * last attempt the row is FAILED (ERROR in the log, counted in {@code /actuator/health/outbox}).
 */
@Component
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final OutboundMessageRepository messages;
    private final Outbox outbox;
    private final SmsGateway sms;
    private final DepartmentNotice notices;
    private final FinanceSystem finance;
    private final OutboxRelayProperties settings;
    private final Clock clock;
    private final String node;

    @Autowired
    OutboxRelay(OutboundMessageRepository messages, Outbox outbox, SmsGateway sms, DepartmentNotice notices,
            FinanceSystem finance, OutboxRelayProperties settings) {
        this(messages, outbox, sms, notices, finance, settings, Clock.systemUTC(),
                ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8));
    }

    OutboxRelay(OutboundMessageRepository messages, Outbox outbox, SmsGateway sms, DepartmentNotice notices,
            FinanceSystem finance, OutboxRelayProperties settings, Clock clock, String node) {
        this.messages = messages;
        this.outbox = outbox;
        this.sms = sms;
        this.notices = notices;
        this.finance = finance;
        this.settings = settings;
        this.clock = clock;
        this.node = node.length() > 100 ? node.substring(0, 100) : node;
    }

    /** One run: sends the rows due now; returns how many went out. */
    public int relayDue() {
        Instant now = clock.instant();
        int sent = 0;
        for (long id : messages.due(now, now.minus(settings.lease()), settings.batchSize())) {
            if (relay(id, now)) {
                sent++;
            }
        }
        return sent;
    }

    /**
     * Claims the row and sends it, if it is due at {@code now} and no other node holds it; true if
     * it went out. A failure of the link is recorded on the row, never thrown.
     */
    boolean relay(long id, Instant now) {
        if (!messages.claim(id, node, now, now.minus(settings.lease()))) {
            return false;
        }
        OutboundMessage message = messages.find(id).orElseThrow();
        try {
            deliver(message);
        } catch (RuntimeException failure) {
            failed(message, now, failure);
            return false;
        }
        if (!messages.markSent(id, node, clock.instant())) {
            // sent, but so slowly that the lease ran out and another node may have sent it too: the key lets the link tell
            log.warn("外部发送超过租约时间 / {} {} sent after its claim expired (lease {})", message.channel(), message.key(),
                    settings.lease());
        }
        return true;
    }

    private void deliver(OutboundMessage message) {
        long caseId = message.caseId() == null ? 0L : message.caseId();
        switch (message.channel()) {
            case SmsGateway.CHANNEL -> sms.send(message.key(), caseId, message.recipient(), message.payload());
            case DepartmentNotice.CHANNEL -> notices.send(message.key(), caseId, message.recipient(), message.payload());
            case FinanceSystem.CHANNEL -> {
                Outbox.PaymentRecord record = outbox.paymentRecord(message.payload());
                finance.recordPayment(message.key(), caseId, record.caseNumber(), new BigDecimal(record.amount()),
                        record.purpose());
            }
            default -> throw new IllegalStateException("no link for channel " + message.channel());
        }
    }

    private void failed(OutboundMessage message, Instant now, RuntimeException failure) {
        int attempts = message.attempts() + 1;
        String error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        if (attempts >= settings.maxAttempts()) {
            messages.markFailedAttempt(message.id(), node, null, error);
            log.error("外部发送失败，已停止重试 / {} {} FAILED after {} attempts: {} (see /actuator/health/outbox)",
                    message.channel(), message.key(), attempts, error);
            return;
        }
        Instant next = now.plus(settings.backoff().multipliedBy(1L << Math.min(attempts - 1, 20)));
        messages.markFailedAttempt(message.id(), node, next, error);
        log.warn("外部发送失败，稍后重试 / {} {} attempt {} of {} failed, next at {}: {}", message.channel(),
                message.key(), attempts, settings.maxAttempts(), next, error);
    }
}
