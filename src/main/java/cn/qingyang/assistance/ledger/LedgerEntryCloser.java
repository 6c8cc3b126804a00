package cn.qingyang.assistance.ledger;

import cn.qingyang.assistance.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The hardship is resolved, or the category needed only one follow-up: the entry is closed (销号). */
@Component("ledgerEntryCloser")
public class LedgerEntryCloser implements JavaDelegate {

    private final LedgerService ledger;

    public LedgerEntryCloser(LedgerService ledger) {
        this.ledger = ledger;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ledger.close(ProcessVariables.of(execution).id(FollowUpProcess.LEDGER_ENTRY_ID));
    }
}
