package cn.qingyang.assistance.discovery;

import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.AID_AMOUNT;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.AID_KIND;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.AID_PURPOSE;

import cn.qingyang.assistance.workflow.Choices;
import cn.qingyang.assistance.workflow.CompletionGuard;
import cn.qingyang.assistance.workflow.CompletionRules;
import org.springframework.stereotype.Component;

/** 先行救助 is completed only with what was given, how much and what for. */
@Component("aidCompletionGuard")
class AidCompletionGuard extends CompletionGuard {

    static final CompletionRules RULES = CompletionRules.forTask("先行救助不能提交：")
            .choice(AID_KIND, "救助方式", Choices.of("CASH", "现金", "IN_KIND", "实物").spelledOut())
            .positiveAmount(AID_AMOUNT, "救助金额", "救助金额应大于 0（实物请填折合金额）")
            .text(AID_PURPOSE, "救助用途");

    public AidCompletionGuard() {
        super(RULES);
    }
}
