package cn.qingyang.assistance.outside;

import java.math.BigDecimal;

/**
 * Passes a payment (临时救助 paid) to the county finance system (一卡通 disbursement). Called by
 * the {@link OutboxRelay} after the case's transaction has committed; an exception is a failed
 * attempt, tried again later. The default only logs (the row stays in {@code outbound_message}).
 * Idempotent on the key.
 */
public interface FinanceSystem {

    String CHANNEL = "PAYMENT_RECORD";

    void recordPayment(String key, long caseId, String caseNumber, BigDecimal amount, String purpose);
}
