package cn.qingyang.assistance.discovery;

import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.*;

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
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) execution.getVariable(CLASSIFICATION);
        String category = (String) result.get(CATEGORY);
        caseFile.setCategory((Long) execution.getVariable(CASE_ID), category);
        execution.setVariable(CATEGORY, category);
        execution.setVariable(CATEGORY_LABEL, result.get(CATEGORY_LABEL));
        execution.setVariable(FOLLOW_UP_CYCLE, result.get(FOLLOW_UP_CYCLE));
    }
}
