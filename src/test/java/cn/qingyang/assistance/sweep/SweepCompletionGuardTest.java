package cn.qingyang.assistance.sweep;

import static cn.qingyang.assistance.sweep.MonthlySweepProcess.HOUSEHOLDS_VISITED;
import static cn.qingyang.assistance.sweep.MonthlySweepProcess.PEOPLE_REPORTED;
import static cn.qingyang.assistance.workflow.Submissions.refusal;
import static cn.qingyang.assistance.workflow.Submissions.values;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A village's monthly sweep confirmation rules, with plain values. */
class SweepCompletionGuardTest {

    @Test
    void bothCountsAreNeeded() {
        assertThat(refusal(SweepCompletionGuard.RULES, values()))
                .isEqualTo("本月走访摸排不能提交：请填写走访户数（0 或正整数）；请填写上报遇困人数（0 或正整数）。");
        assertThat(refusal(SweepCompletionGuard.RULES, values(HOUSEHOLDS_VISITED, 30L, PEOPLE_REPORTED, -1L)))
                .isEqualTo("本月走访摸排不能提交：请填写上报遇困人数（0 或正整数）。");
        assertThat(refusal(SweepCompletionGuard.RULES, values(HOUSEHOLDS_VISITED, 1.5, PEOPLE_REPORTED, 0L)))
                .isEqualTo("本月走访摸排不能提交：请填写走访户数（0 或正整数）。");
    }

    @Test
    void zeroPeopleReportedIsAnAnswer() {
        SweepCompletionGuard.RULES.check(values(HOUSEHOLDS_VISITED, 42L, PEOPLE_REPORTED, 0L));
        SweepCompletionGuard.RULES.check(values(HOUSEHOLDS_VISITED, 42.0, PEOPLE_REPORTED, 3));
    }
}
