package cn.qingyang.assistance.discovery;

import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.*;

import cn.qingyang.assistance.workflow.ProcessVariables;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Takes the HardshipCategory decision's result onto the case: category, label, follow-up cycle.
 * A decision that gives no result (an edited table without its catch-all rule) stops the step
 * with a message for the administrator: the step runs in a job after the caseworker's task, so
 * it becomes an incident in Cockpit and the caseworker's work stays committed.
 */
@Component("classificationRecorder")
class ClassificationRecorder implements JavaDelegate {

    static final String NO_RESULT = "困难类别决策表 HardshipCategory 没有给出结果：请管理员在 Modeler 中检查其兜底规则"
            + "（最后一条规则应对任何情形都给出类别），重新部署后在 Cockpit 中重试此作业。";

    private final CaseFileRepository caseFile;

    public ClassificationRecorder(CaseFileRepository caseFile) {
        this.caseFile = caseFile;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = ProcessVariables.of(execution);
        Map<String, Object> classification = variables.singleResult(CLASSIFICATION);
        if (classification == null || classification.get(CATEGORY) == null) {
            throw new ProcessEngineException(NO_RESULT);
        }
        ProcessVariables result = ProcessVariables.from(classification::get);
        String category = result.text(CATEGORY);
        caseFile.setCategory(variables.id(CASE_ID), category);
        execution.setVariable(CATEGORY, category);
        execution.setVariable(CATEGORY_LABEL, result.raw(CATEGORY_LABEL));
        execution.setVariable(FOLLOW_UP_CYCLE, result.raw(FOLLOW_UP_CYCLE));
    }
}
