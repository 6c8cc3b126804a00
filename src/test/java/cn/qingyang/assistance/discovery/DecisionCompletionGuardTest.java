package cn.qingyang.assistance.discovery;

import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.COUNTY_AID_DECISION;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.COUNTY_AID_OPINION;
import static cn.qingyang.assistance.workflow.Submissions.refusal;
import static cn.qingyang.assistance.workflow.Submissions.values;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qingyang.assistance.workflow.CompletionRules;
import org.junit.jupiter.api.Test;

/** An approval task's completion rules (the task names its decision and opinion variables), with plain values. */
class DecisionCompletionGuardTest {

    static final CompletionRules RULES = DecisionCompletionGuard.rules("县局审批先行救助", COUNTY_AID_DECISION, COUNTY_AID_OPINION);

    @Test
    void noDecisionIsRefusedUnderTheTasksName() {
        assertThat(refusal(RULES, values(COUNTY_AID_OPINION, "同意"))).isEqualTo("县局审批先行救助不能提交：请选择审批结果。");
        assertThat(refusal(RULES, values(COUNTY_AID_DECISION, "MAYBE"))).isEqualTo("县局审批先行救助不能提交：请选择审批结果。");
        assertThat(refusal(DecisionCompletionGuard.rules("后置审批", "d", "o"), values())).isEqualTo("后置审批不能提交：请选择审批结果。");
    }

    @Test
    void aRefusalNeedsItsReasons() {
        assertThat(refusal(RULES, values(COUNTY_AID_DECISION, "REJECTED", COUNTY_AID_OPINION, " ")))
                .isEqualTo("县局审批先行救助不能提交：不同意时须写明理由。");
    }

    @Test
    void anApprovalNeedsNoOpinionAndAReasonedRefusalPasses() {
        RULES.check(values(COUNTY_AID_DECISION, "APPROVED"));
        RULES.check(values(COUNTY_AID_DECISION, "REJECTED", COUNTY_AID_OPINION, "金额超出实际需要，请按实际核定"));
    }
}
