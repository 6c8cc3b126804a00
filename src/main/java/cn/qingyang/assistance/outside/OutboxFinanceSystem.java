package cn.qingyang.assistance.outside;

import java.math.BigDecimal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The default finance system link: the payment record is written to {@code outbound_message}
 * once per key and logged. A {@code @Primary} bean of {@link FinanceSystem} replaces it.
 */
@Component
public class OutboxFinanceSystem implements FinanceSystem {

    private static final Logger log = LoggerFactory.getLogger(OutboxFinanceSystem.class);

    private final OutboundMessageRepository messages;

    public OutboxFinanceSystem(OutboundMessageRepository messages) {
        this.messages = messages;
    }

    @Override
    public void recordPayment(String key, long caseId, String caseNumber, BigDecimal amount, String purpose) {
        String payload = "案件 " + caseNumber + " 临时救助 " + amount.toPlainString() + " 元：" + purpose;
        if (messages.recordOnce(CHANNEL, key, caseId, "county-finance", payload, "SENT")) {
            log.info("发放记录 / payment record for case {}: {} 元", caseNumber, amount.toPlainString());
        }
    }
}
