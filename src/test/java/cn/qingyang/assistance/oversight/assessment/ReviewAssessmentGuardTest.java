package cn.qingyang.assistance.oversight.assessment;

import static cn.qingyang.assistance.oversight.assessment.AssessmentProcess.REVIEW;
import static cn.qingyang.assistance.oversight.assessment.AssessmentProcess.REVIEW_NOTE;
import static cn.qingyang.assistance.workflow.Submissions.refusal;
import static cn.qingyang.assistance.workflow.Submissions.values;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The annual assessment's review rules, with plain values. */
class ReviewAssessmentGuardTest {

    @Test
    void aReviewNeedsAResultAndARecalculationItsReason() {
        assertThat(refusal(ReviewAssessmentGuard.RULES, values(REVIEW_NOTE, "x"))).isEqualTo("审核年度考核结果不能提交：请选择审核结果。");
        assertThat(refusal(ReviewAssessmentGuard.RULES, values(REVIEW, "RECALCULATE", REVIEW_NOTE, "")))
                .isEqualTo("审核年度考核结果不能提交：重新计算的，请写明原因。");
        assertThat(refusal(ReviewAssessmentGuard.RULES, values(REVIEW, "RECALCULATE", REVIEW_NOTE, "因".repeat(2001))))
                .isEqualTo("审核年度考核结果不能提交：重新计算的，请写明原因不能超过 2000 字。");
        ReviewAssessmentGuard.RULES.check(values(REVIEW, "APPROVED"));
        ReviewAssessmentGuard.RULES.check(values(REVIEW, "RECALCULATE", REVIEW_NOTE, "第三季度数据迟报"));
    }
}
