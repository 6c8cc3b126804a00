package cn.qingyang.assistance.oversight.assessment;

import static cn.qingyang.assistance.oversight.assessment.AssessmentProcess.*;

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
        var auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        assessments.publish(((Number) execution.getVariable(ASSESSMENT_YEAR)).intValue(),
                (String) execution.getVariable(REVIEW_NOTE), auth == null ? null : auth.getUserId());
    }
}
