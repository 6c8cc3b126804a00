package cn.qingyang.assistance.outside;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The default SMS link, for a county without an SMS gateway: the message stays in
 * {@code outbound_message} (the relay marks it SENT) and is logged with the phone masked. A
 * {@code @Primary} bean of {@link SmsGateway} replaces it.
 */
@Component
public class OutboxSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(OutboxSmsGateway.class);

    @Override
    public void send(String key, long caseId, String phone, String text) {
        log.info("短信 / SMS for case {} to {}: {}", caseId, masked(phone), text);
    }

    /** 138****0000: a full number never lands in the log. */
    static String masked(String phone) {
        return phone == null || phone.length() < 7 ? "****"
                : phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }
}
