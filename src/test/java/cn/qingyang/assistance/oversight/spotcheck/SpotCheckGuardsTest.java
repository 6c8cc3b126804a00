package cn.qingyang.assistance.oversight.spotcheck;

import static cn.qingyang.assistance.oversight.spotcheck.SpotCheckProcess.CORRECTION;
import static cn.qingyang.assistance.oversight.spotcheck.SpotCheckProcess.FINDINGS;
import static cn.qingyang.assistance.oversight.spotcheck.SpotCheckProcess.OUTCOME;
import static cn.qingyang.assistance.workflow.Submissions.refusal;
import static cn.qingyang.assistance.workflow.Submissions.values;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The spot check's two tasks' completion rules, with plain values. */
class SpotCheckGuardsTest {

    @Test
    void aVerificationNeedsAConclusionAndWhatWasFound() {
        assertThat(refusal(VerifyRecipientGuard.RULES, values(OUTCOME, "UNKNOWN")))
                .isEqualTo("抽查核实不能提交：请选择核实结论（正常、漏保、错保、人情保或关系保）；请填写核实情况。");
        assertThat(refusal(VerifyRecipientGuard.RULES, values(OUTCOME, "FAVOUR", FINDINGS, "查".repeat(2001))))
                .isEqualTo("抽查核实不能提交：核实情况不能超过 2000 字。");
        for (String outcome : SpotCheckService.OUTCOME_LABELS.keySet()) {
            VerifyRecipientGuard.RULES.check(values(OUTCOME, outcome, FINDINGS, "入户核实"));
        }
    }

    @Test
    void aCorrectionNeedsItsResult() {
        assertThat(refusal(CorrectFindingGuard.RULES, values())).isEqualTo("整改抽查问题不能提交：请填写整改结果。");
        assertThat(refusal(CorrectFindingGuard.RULES, values(CORRECTION, "改".repeat(2001))))
                .isEqualTo("整改抽查问题不能提交：整改结果不能超过 2000 字。");
        CorrectFindingGuard.RULES.check(values(CORRECTION, "已停发并追回"));
    }
}
