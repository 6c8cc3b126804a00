package cn.qingyang.assistance.outside;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The default department notice: written to {@code outbound_message} once per key and logged,
 * for the county's gateway to pick up. A {@code @Primary} bean of {@link DepartmentNotice} replaces it.
 */
@Component
public class OutboxDepartmentNotice implements DepartmentNotice {

    private static final Logger log = LoggerFactory.getLogger(OutboxDepartmentNotice.class);

    private final OutboundMessageRepository messages;

    public OutboxDepartmentNotice(OutboundMessageRepository messages) {
        this.messages = messages;
    }

    @Override
    public void send(String key, long caseId, String department, String text) {
        if (messages.recordOnce(CHANNEL, key, caseId, department, text, "SENT")) {
            log.info("转介通知 / referral notice to {} for case {}: {}", department, caseId, text);
        }
    }
}
