package cn.qingyang.assistance.oversight.inspection;

import static cn.qingyang.assistance.oversight.inspection.InspectionProcess.INSPECTION_FINDINGS;
import static cn.qingyang.assistance.oversight.inspection.InspectionProcess.RECTIFICATION_REPORT;
import static cn.qingyang.assistance.oversight.inspection.InspectionProcess.RECTIFICATION_REQUIRED;
import static cn.qingyang.assistance.oversight.inspection.InspectionProcess.VERIFICATION_NOTE;
import static cn.qingyang.assistance.oversight.inspection.InspectionProcess.VERIFICATION_RESULT;
import static cn.qingyang.assistance.workflow.Submissions.refusal;
import static cn.qingyang.assistance.workflow.Submissions.values;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The quarterly inspection's three tasks' completion rules, with plain values. */
class InspectionGuardsTest {

    static final String TOO_LONG = "问".repeat(2001);

    @Test
    void anInspectionNeedsItsFindingsAndWhetherToRectify() {
        assertThat(refusal(InspectTownshipGuard.RULES, values(RECTIFICATION_REQUIRED, "MAYBE")))
                .isEqualTo("季度指导检查不能提交：请填写检查发现的问题；请选择是否需要整改。");
        assertThat(refusal(InspectTownshipGuard.RULES, values(INSPECTION_FINDINGS, TOO_LONG, RECTIFICATION_REQUIRED, "NO")))
                .isEqualTo("季度指导检查不能提交：检查发现的问题不能超过 2000 字。");
        InspectTownshipGuard.RULES.check(values(INSPECTION_FINDINGS, "问".repeat(2000), RECTIFICATION_REQUIRED, "YES"));
    }

    @Test
    void aRectificationNeedsItsReport() {
        assertThat(refusal(RectifyGuard.RULES, values(RECTIFICATION_REPORT, " "))).isEqualTo("落实整改不能提交：请填写整改情况报告。");
        assertThat(refusal(RectifyGuard.RULES, values(RECTIFICATION_REPORT, TOO_LONG)))
                .isEqualTo("落实整改不能提交：整改情况报告不能超过 2000 字。");
        RectifyGuard.RULES.check(values(RECTIFICATION_REPORT, "已补齐 3 户台账"));
    }

    @Test
    void aVerificationNeedsAResultAndNotRectifiedNeedsWhatIsStillWrong() {
        assertThat(refusal(VerifyRectificationGuard.RULES, values())).isEqualTo("核验整改不能提交：请选择核验结果。");
        assertThat(refusal(VerifyRectificationGuard.RULES, values(VERIFICATION_RESULT, "NOT_VERIFIED")))
                .isEqualTo("核验整改不能提交：未整改到位的，请写明仍存在的问题。");
        assertThat(refusal(VerifyRectificationGuard.RULES, values(VERIFICATION_RESULT, "NOT_VERIFIED", VERIFICATION_NOTE, TOO_LONG)))
                .isEqualTo("核验整改不能提交：未整改到位的，请写明仍存在的问题不能超过 2000 字。");
        VerifyRectificationGuard.RULES.check(values(VERIFICATION_RESULT, "VERIFIED"));
        VerifyRectificationGuard.RULES.check(values(VERIFICATION_RESULT, "NOT_VERIFIED", VERIFICATION_NOTE, "台账仍缺 1 户"));
    }
}
