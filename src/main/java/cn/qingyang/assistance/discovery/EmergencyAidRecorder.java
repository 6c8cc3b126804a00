package cn.qingyang.assistance.discovery;

import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.*;

import cn.qingyang.assistance.ledger.LedgerService;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 先行救助 granted: recorded on the case, and the person enters the 急难 ledger. */
@Component("emergencyAidRecorder")
public class EmergencyAidRecorder implements JavaDelegate {

    private final CaseFile caseFile;
    private final LedgerService ledger;

    public EmergencyAidRecorder(CaseFile caseFile, LedgerService ledger) {
        this.caseFile = caseFile;
        this.ledger = ledger;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = (Long) execution.getVariable(CASE_ID);
        String kind = (String) execution.getVariable(AID_KIND);
        BigDecimal amount = new BigDecimal(execution.getVariable(AID_AMOUNT).toString());
        String purpose = (String) execution.getVariable(AID_PURPOSE);
        boolean countyApproved = "APPROVED".equals(execution.getVariable(COUNTY_AID_DECISION));
        caseFile.recordEmergencyAid(caseId, kind, amount, purpose, countyApproved);
        ledger.enterUrgent(caseId, "先行救助：" + ("CASH".equals(kind) ? "现金 " : "实物（折合）") + amount.toPlainString()
                + " 元，用于" + purpose);
    }
}
