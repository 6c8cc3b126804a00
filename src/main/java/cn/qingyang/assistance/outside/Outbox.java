package cn.qingyang.assistance.outside;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the service tasks do instead of calling an outside system: record the message in
 * {@code outbound_message} (PENDING), once per key, in the engine's transaction. A rollback of that
 * transaction removes the row with everything else, the retried job records it again; the
 * {@link OutboxRelay} sends it only after the commit. A retried job that finds its key recorded
 * records nothing.
 */
@Component
class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final OutboundMessageRepository messages;
    private final ObjectMapper json = new ObjectMapper();

    Outbox(OutboundMessageRepository messages) {
        this.messages = messages;
    }

    /** An SMS to the person; without a phone number it is recorded as NO_PHONE and never sent (the township tells them). */
    void sms(String key, long caseId, String phone, String text) {
        boolean hasPhone = phone != null && !phone.isBlank();
        if (messages.recordOnce(SmsGateway.CHANNEL, key, caseId, phone, text,
                hasPhone ? OutboundMessageRepository.PENDING : OutboundMessageRepository.NO_PHONE) && !hasPhone) {
            log.info("短信 / SMS for case {} not sent: 无手机号，由乡镇当面告知", caseId);
        }
    }

    /** A department's referral notice. */
    void departmentNotice(String key, long caseId, String department, String text) {
        messages.recordOnce(DepartmentNotice.CHANNEL, key, caseId, department, text, OutboundMessageRepository.PENDING);
    }

    /** A payment record for the finance system; the payload keeps the fields the {@link FinanceSystem} link takes. */
    void paymentRecord(String key, long caseId, String caseNumber, BigDecimal amount, String purpose) {
        messages.recordOnce(FinanceSystem.CHANNEL, key, caseId, "county-finance",
                write(new PaymentRecord(caseNumber, amount.toPlainString(), purpose)), OutboundMessageRepository.PENDING);
    }

    PaymentRecord paymentRecord(String payload) {
        try {
            return json.readValue(payload, PaymentRecord.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("payment record payload is not readable: " + e.getOriginalMessage(), e);
        }
    }

    private String write(PaymentRecord record) {
        try {
            return json.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The payload of a PAYMENT_RECORD row (JSON). */
    record PaymentRecord(String caseNumber, String amount, String purpose) {
    }
}
