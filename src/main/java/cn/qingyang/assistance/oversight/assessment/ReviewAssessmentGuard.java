package cn.qingyang.assistance.oversight.assessment;

import static cn.qingyang.assistance.oversight.assessment.AssessmentProcess.REVIEW;
import static cn.qingyang.assistance.oversight.assessment.AssessmentProcess.REVIEW_NOTE;

import cn.qingyang.assistance.workflow.Choices;
import cn.qingyang.assistance.workflow.CompletionGuard;
import cn.qingyang.assistance.workflow.CompletionRules;
import org.springframework.stereotype.Component;

/** 审核年度考核结果 is completed only with a result, and a recalculation only with its reason. */
@Component("reviewAssessmentGuard")
class ReviewAssessmentGuard extends CompletionGuard {

    static final CompletionRules RULES = CompletionRules.forTask("审核年度考核结果不能提交：")
            .choice(REVIEW, "审核结果", Choices.of("APPROVED", "审核通过，发布结果", "RECALCULATE", "重新计算"))
            .when(REVIEW, "RECALCULATE", recalculate -> recalculate.textOr(REVIEW_NOTE, "重新计算的，请写明原因", 2000));

    public ReviewAssessmentGuard() {
        super(RULES);
    }
}
