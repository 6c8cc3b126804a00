package cn.qingyang.assistance.discovery;

import cn.qingyang.assistance.workflow.Choices;
import cn.qingyang.assistance.workflow.CompletionGuard;
import cn.qingyang.assistance.workflow.CompletionRules;
import cn.qingyang.assistance.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * An approval task (审批) is completed only with a decision, and a refusal only with its reasons.
 * The task names its variables as local input parameters {@value #DECISION_VARIABLE} and
 * {@value #OPINION_VARIABLE}; its name leads the refusal.
 */
@Component("decisionCompletionGuard")
public class DecisionCompletionGuard extends CompletionGuard {

    public static final String DECISION_VARIABLE = "decisionVariable";
    public static final String OPINION_VARIABLE = "opinionVariable";

    static CompletionRules rules(String taskName, String decision, String opinion) {
        return CompletionRules.forTask(taskName + "不能提交：")
                .choice(decision, "审批结果", Choices.of("APPROVED", "同意", "REJECTED", "不同意"))
                .when(decision, "REJECTED", rejected -> rejected.textOr(opinion, "不同意时须写明理由"));
    }

    @Override
    protected CompletionRules rules(DelegateExecution execution) {
        ProcessVariables task = ProcessVariables.local(execution);
        return rules(execution.getCurrentActivityName(), task.text(DECISION_VARIABLE), task.text(OPINION_VARIABLE));
    }
}
