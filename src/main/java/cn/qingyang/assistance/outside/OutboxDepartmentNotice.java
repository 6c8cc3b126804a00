package cn.qingyang.assistance.outside;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The default department notice, for a county without a department gateway: the notice stays in
 * {@code outbound_message} (the relay marks it SENT) for the county's gateway to pick up, and is
 * logged. A {@code @Primary} bean of {@link DepartmentNotice} replaces it.
 */
@Component
public class OutboxDepartmentNotice implements DepartmentNotice {

    private static final Logger log = LoggerFactory.getLogger(OutboxDepartmentNotice.class);

    @Override
    public void send(String key, long caseId, String department, String text) {
        log.info("转介通知 / referral notice to {} for case {}: {}", department, caseId, text);
    }
}
