package cn.qingyang.assistance.oversight.assessment;

import static cn.qingyang.assistance.oversight.assessment.AssessmentProcess.*;

import cn.qingyang.assistance.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 发布考核结果: the reviewed scores become the year's result. */
@Component("assessmentPublisher")
public class AssessmentPublisher implements JavaDelegate {

    private final AssessmentService assessments;

    public AssessmentPublisher(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = ProcessVariables.of(execution);
        assessments.publish(variables.integer(ASSESSMENT_YEAR), variables.text(REVIEW_NOTE),
                ProcessVariables.currentUser(execution));
    }
}
