package cn.qingyang.assistance.oversight.assessment;

import cn.qingyang.assistance.oversight.OversightPlan;

import static cn.qingyang.assistance.oversight.assessment.AssessmentProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 计算年度考核得分: last year's (or the given year's) scores, shown on the county's review task. */
@Component("assessmentCalculator")
class AssessmentCalculator implements JavaDelegate {

    private final AssessmentService assessments;
    private final OversightPlan plan;

    public AssessmentCalculator(AssessmentService assessments, OversightPlan plan) {
        this.assessments = assessments;
        this.plan = plan;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = plan.yearOrPrevious(execution.getVariable(ASSESSMENT_YEAR));
        execution.setVariable(ASSESSMENT_YEAR, year);
        execution.setVariable(ASSESSMENT_SUMMARY, assessments.markdown(assessments.calculate(year)));
        execution.setVariable(REPORT_URL, AssessmentService.reportPath(year));
    }
}
