package cn.qingyang.assistance.outside;

import java.math.BigDecimal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The default finance system link, for a county without one: the payment record stays in
 * {@code outbound_message} (the relay marks it SENT) and is logged. A {@code @Primary} bean of
 * {@link FinanceSystem} replaces it.
 */
@Component
public class OutboxFinanceSystem implements FinanceSystem {

    private static final Logger log = LoggerFactory.getLogger(OutboxFinanceSystem.class);

    @Override
    public void recordPayment(String key, long caseId, String caseNumber, BigDecimal amount, String purpose) {
        log.info("发放记录 / payment record for case {}: {} 元", caseNumber, amount.toPlainString());
    }
}
