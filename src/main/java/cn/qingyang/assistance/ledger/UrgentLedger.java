package cn.qingyang.assistance.ledger;

import cn.qingyang.assistance.discovery.EmergencyAidGranted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The 急难 ledger (notice 四, 分类建立台账): a person who received 先行救助 enters it in the same
 * transaction as the aid (a synchronous listener), so neither is recorded without the other.
 */
@Component
class UrgentLedger {

    private final LedgerService ledger;

    UrgentLedger(LedgerService ledger) {
        this.ledger = ledger;
    }

    @EventListener
    void enter(EmergencyAidGranted aid) {
        ledger.enterUrgent(aid.caseId(), "先行救助：" + (aid.inCash() ? "现金 " : "实物（折合）")
                + aid.amount().toPlainString() + " 元，用于" + aid.purpose());
    }
}
