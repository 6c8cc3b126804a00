package cn.qingyang.assistance.discovery;

import cn.qingyang.assistance.workflow.IncompleteTaskException;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * An approval task (审批) is completed only with a decision, and a refusal only with its reasons.
 * The task names its variables as local input parameters {@value #DECISION_VARIABLE} and
 * {@value #OPINION_VARIABLE}.
 */
@Component("decisionCompletionGuard")
public class DecisionCompletionGuard implements ExecutionListener {

    public static final String DECISION_VARIABLE = "decisionVariable";
    public static final String OPINION_VARIABLE = "opinionVariable";

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return; // the task was cancelled (e.g. the case ended elsewhere), not completed
        }
        Object decision = execution.getVariable((String) execution.getVariableLocal(DECISION_VARIABLE));
        Object opinion = execution.getVariable((String) execution.getVariableLocal(OPINION_VARIABLE));
        List<String> problems = new ArrayList<>();
        if (!"APPROVED".equals(decision) && !"REJECTED".equals(decision)) {
            problems.add("请选择审批结果");
        }
        if ("REJECTED".equals(decision) && (opinion == null || opinion.toString().isBlank())) {
            problems.add("不同意时须写明理由");
        }
        if (!problems.isEmpty()) {
            throw new IncompleteTaskException(execution.getCurrentActivityName() + "不能提交：", problems);
        }
    }
}
