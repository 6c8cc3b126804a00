package cn.qingyang.assistance.outside;

import static cn.qingyang.assistance.aid.AssistanceProcesses.TEMPORARY_AMOUNT;
import static cn.qingyang.assistance.aid.AssistanceProcesses.TEMPORARY_REASON;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.CASE_ID;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.CASE_NUMBER;

import cn.qingyang.assistance.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 推送财政发放记录: the paid 临时救助 goes to the finance system, once per case
 * (recorded in the outbox with the case's transaction, sent by the {@link OutboxRelay} after it). */
@Component("paymentRecordSender")
class PaymentRecordSender implements JavaDelegate {

    private final Outbox outbox;

    PaymentRecordSender(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = ProcessVariables.of(execution);
        long caseId = variables.id(CASE_ID);
        outbox.paymentRecord("payment:" + caseId + ":TEMPORARY", caseId, variables.text(CASE_NUMBER),
                variables.requiredAmount(TEMPORARY_AMOUNT), variables.text(TEMPORARY_REASON));
    }
}
