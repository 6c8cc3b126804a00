package cn.qingyang.assistance.aid;

import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.CASE_ID;

import cn.qingyang.assistance.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records a decision on the case. The diagram says which, as input parameters: {@value #KIND}
 * (DIBAO, TEMPORARY, ...), {@value #OUTCOME}, {@value #AMOUNT} (optional) and {@value #DETAIL}.
 */
@Component("assistanceDecisionRecorder")
public class AssistanceDecisionRecorder implements JavaDelegate {

    public static final String KIND = "decisionKind";
    public static final String OUTCOME = "decisionOutcome";
    public static final String AMOUNT = "decisionAmount";
    public static final String DETAIL = "decisionDetail";

    private final AidRepository records;

    public AssistanceDecisionRecorder(AidRepository records) {
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables decision = ProcessVariables.local(execution);
        records.recordDecision(ProcessVariables.of(execution).id(CASE_ID), decision.text(KIND), decision.text(OUTCOME),
                decision.amount(AMOUNT), decision.text(DETAIL));
    }
}
