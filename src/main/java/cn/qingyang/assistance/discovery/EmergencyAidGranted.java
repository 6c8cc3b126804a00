package cn.qingyang.assistance.discovery;

import java.math.BigDecimal;

/**
 * 先行救助 was granted on a case and recorded in its file. Published inside the granting
 * transaction, so whatever listens (the 急难 ledger) commits or rolls back with it.
 *
 * @param kind CASH (现金) or IN_KIND (实物)
 */
public record EmergencyAidGranted(long caseId, String kind, BigDecimal amount, String purpose) {

    public boolean inCash() {
        return "CASH".equals(kind);
    }
}
