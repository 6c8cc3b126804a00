package cn.qingyang.assistance.oversight.spotcheck;

import static cn.qingyang.assistance.oversight.spotcheck.SpotCheckProcess.FINDINGS;
import static cn.qingyang.assistance.oversight.spotcheck.SpotCheckProcess.OUTCOME;

import cn.qingyang.assistance.workflow.Choices;
import cn.qingyang.assistance.workflow.CompletionGuard;
import cn.qingyang.assistance.workflow.CompletionRules;
import org.springframework.stereotype.Component;

/** 抽查核实 is completed only with a conclusion (正常 or which kind of wrong) and what was found. */
@Component("verifyRecipientGuard")
class VerifyRecipientGuard extends CompletionGuard {

    static final CompletionRules RULES = CompletionRules.forTask("抽查核实不能提交：")
            .choice(OUTCOME, "核实结论", Choices.of("NORMAL", "正常", "MISSED", "漏保", "WRONG", "错保", "FAVOUR", "人情保",
                    "CONNECTION", "关系保").spelledOut())
            .text(FINDINGS, "核实情况", 2000);

    public VerifyRecipientGuard() {
        super(RULES);
    }
}
