package cn.qingyang.assistance.outside;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The default SMS link: the message is written to {@code outbound_message} once per key and
 * logged with the phone masked; without a phone number it is recorded as NO_PHONE (the township
 * tells the person in person). A {@code @Primary} bean of {@link SmsGateway} replaces it.
 */
@Component
public class OutboxSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(OutboxSmsGateway.class);

    private final OutboundMessageRepository messages;

    public OutboxSmsGateway(OutboundMessageRepository messages) {
        this.messages = messages;
    }

    @Override
    public void send(String key, long caseId, String phone, String text) {
        boolean hasPhone = phone != null && !phone.isBlank();
        if (messages.recordOnce(CHANNEL, key, caseId, phone, text, hasPhone ? "SENT" : "NO_PHONE")) {
            log.info("短信 / SMS for case {} to {}: {}", caseId, hasPhone ? masked(phone) : "(无手机号，未发送)", text);
        }
    }

    /** 138****0000: a full number never lands in the log. */
    static String masked(String phone) {
        return phone.length() < 7 ? "****" : phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }
}
