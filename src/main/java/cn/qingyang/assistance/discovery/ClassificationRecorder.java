package cn.qingyang.assistance.discovery;

import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.*;

import cn.qingyang.assistance.workflow.ProcessVariables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Takes the HardshipCategory decision's result onto the case: category, label, follow-up cycle. */
@Component("classificationRecorder")
public class ClassificationRecorder implements JavaDelegate {

    private final CaseFileRepository caseFile;

    public ClassificationRecorder(CaseFileRepository caseFile) {
        this.caseFile = caseFile;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = ProcessVariables.of(execution);
        Map<String, Object> classification = variables.singleResult(CLASSIFICATION);
        ProcessVariables result = ProcessVariables.from(classification::get);
        String category = result.text(CATEGORY);
        caseFile.setCategory(variables.id(CASE_ID), category);
        execution.setVariable(CATEGORY, category);
        execution.setVariable(CATEGORY_LABEL, result.raw(CATEGORY_LABEL));
        execution.setVariable(FOLLOW_UP_CYCLE, result.raw(FOLLOW_UP_CYCLE));
    }
}
