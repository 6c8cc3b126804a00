package cn.qingyang.assistance.aid;

import static cn.qingyang.assistance.aid.AssistanceProcesses.COUNTY_DIBAO_DECISION;
import static cn.qingyang.assistance.aid.AssistanceProcesses.COUNTY_DIBAO_OPINION;
import static cn.qingyang.assistance.aid.AssistanceProcesses.DIBAO_MONTHLY_AMOUNT;
import static cn.qingyang.assistance.aid.AssistanceProcesses.TOWNSHIP_DIBAO_DECISION;
import static cn.qingyang.assistance.aid.AssistanceProcesses.TOWNSHIP_DIBAO_OPINION;
import static cn.qingyang.assistance.workflow.Submissions.refusal;
import static cn.qingyang.assistance.workflow.Submissions.values;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The completion rules of 低保's township review and county confirmation, with plain values. */
class DibaoGuardsTest {

    @Test
    void theTownshipReviewNeedsADecisionAndItsOpinion() {
        assertThat(refusal(DibaoReviewGuard.RULES, values(TOWNSHIP_DIBAO_DECISION, "APPROVED", TOWNSHIP_DIBAO_OPINION, "")))
                .isEqualTo("乡镇审核低保申请不能提交：请选择审核结果；请填写审核意见（不符合条件须写明理由）。");
        assertThat(refusal(DibaoReviewGuard.RULES, values(TOWNSHIP_DIBAO_DECISION, "REJECT")))
                .isEqualTo("乡镇审核低保申请不能提交：请填写审核意见（不符合条件须写明理由）。");
        DibaoReviewGuard.RULES.check(values(TOWNSHIP_DIBAO_DECISION, "RECOMMEND", TOWNSHIP_DIBAO_OPINION, "经入户核实，符合条件"));
        DibaoReviewGuard.RULES.check(values(TOWNSHIP_DIBAO_DECISION, "REJECT", TOWNSHIP_DIBAO_OPINION, "家庭收入高于标准"));
    }

    @Test
    void theCountyConfirmationNeedsADecisionItsOpinionAndForAConfirmationTheMonthlyAmount() {
        assertThat(refusal(DibaoConfirmationGuard.RULES, values()))
                .isEqualTo("县局审核确认低保不能提交：请选择审核确认结果；请填写县局审核意见。");
        assertThat(refusal(DibaoConfirmationGuard.RULES, values(COUNTY_DIBAO_DECISION, "APPROVED", COUNTY_DIBAO_OPINION, "同意")))
                .isEqualTo("县局审核确认低保不能提交：确认纳入低保须填写月保障金额。");
        assertThat(refusal(DibaoConfirmationGuard.RULES, values(COUNTY_DIBAO_DECISION, "APPROVED", DIBAO_MONTHLY_AMOUNT, "六百")))
                .isEqualTo("县局审核确认低保不能提交：月保障金额应为数字；请填写县局审核意见。");
        assertThat(refusal(DibaoConfirmationGuard.RULES, values(COUNTY_DIBAO_DECISION, "APPROVED", DIBAO_MONTHLY_AMOUNT, 0L,
                COUNTY_DIBAO_OPINION, "同意"))).isEqualTo("县局审核确认低保不能提交：确认纳入低保须填写月保障金额。");
        DibaoConfirmationGuard.RULES.check(values(COUNTY_DIBAO_DECISION, "APPROVED", DIBAO_MONTHLY_AMOUNT, 620.0,
                COUNTY_DIBAO_OPINION, "同意"));
        DibaoConfirmationGuard.RULES.check(values(COUNTY_DIBAO_DECISION, "REJECTED", COUNTY_DIBAO_OPINION, "收入核实有误"));
    }
}
