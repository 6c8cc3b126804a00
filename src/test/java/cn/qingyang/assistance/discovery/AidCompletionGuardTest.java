package cn.qingyang.assistance.discovery;

import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.AID_AMOUNT;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.AID_KIND;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.AID_PURPOSE;
import static cn.qingyang.assistance.workflow.Submissions.refusal;
import static cn.qingyang.assistance.workflow.Submissions.values;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** 先行救助's completion rules, with plain values. */
class AidCompletionGuardTest {

    @Test
    void nothingFilledInNamesEveryItem() {
        assertThat(refusal(AidCompletionGuard.RULES, values())).isEqualTo(
                "先行救助不能提交：请选择救助方式（现金或实物）；救助金额应大于 0（实物请填折合金额）；请填写救助用途。");
    }

    @Test
    void anAmountOfNothingOrNoNumberAndAnUnknownKindAreRefused() {
        assertThat(refusal(AidCompletionGuard.RULES, values(AID_KIND, "CASH", AID_AMOUNT, 0L)))
                .isEqualTo("先行救助不能提交：救助金额应大于 0（实物请填折合金额）；请填写救助用途。");
        assertThat(refusal(AidCompletionGuard.RULES, values(AID_KIND, "VOUCHER", AID_AMOUNT, "一千", AID_PURPOSE, "x")))
                .isEqualTo("先行救助不能提交：请选择救助方式（现金或实物）；救助金额应为数字。");
    }

    @Test
    void whatWasGivenHowMuchAndWhatForPasses() {
        AidCompletionGuard.RULES.check(values(AID_KIND, "IN_KIND", AID_AMOUNT, 350.5, AID_PURPOSE, "棉被两床、米面"));
        AidCompletionGuard.RULES.check(values(AID_KIND, "CASH", AID_AMOUNT, 9000L, AID_PURPOSE, "医疗费"));
    }
}
