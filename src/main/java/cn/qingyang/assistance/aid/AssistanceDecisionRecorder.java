package cn.qingyang.assistance.aid;

import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.CASE_ID;

import java.math.BigDecimal;
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
        Object amount = execution.getVariableLocal(AMOUNT);
        records.recordDecision((Long) execution.getVariable(CASE_ID), (String) execution.getVariableLocal(KIND),
                (String) execution.getVariableLocal(OUTCOME),
                amount == null || amount.toString().isBlank() ? null : new BigDecimal(amount.toString()),
                (String) execution.getVariableLocal(DETAIL));
    }
}
