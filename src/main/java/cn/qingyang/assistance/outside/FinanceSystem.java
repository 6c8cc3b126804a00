package cn.qingyang.assistance.outside;

import java.math.BigDecimal;

/**
 * Passes a payment (临时救助 paid) to the county finance system (一卡通 disbursement). The default
 * writes the record to {@code outbound_message} and the log. Idempotent on the key.
 */
public interface FinanceSystem {

    String CHANNEL = "PAYMENT_RECORD";

    void recordPayment(String key, long caseId, String caseNumber, BigDecimal amount, String purpose);
}
