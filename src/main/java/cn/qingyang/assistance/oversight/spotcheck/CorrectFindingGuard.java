package cn.qingyang.assistance.oversight.spotcheck;

import static cn.qingyang.assistance.oversight.spotcheck.SpotCheckProcess.CORRECTION;

import cn.qingyang.assistance.workflow.CompletionGuard;
import cn.qingyang.assistance.workflow.CompletionRules;
import org.springframework.stereotype.Component;

/** 整改抽查问题 is completed only with what the township corrected. */
@Component("correctFindingGuard")
class CorrectFindingGuard extends CompletionGuard {

    static final CompletionRules RULES = CompletionRules.forTask("整改抽查问题不能提交：")
            .text(CORRECTION, "整改结果", 2000);

    public CorrectFindingGuard() {
        super(RULES);
    }
}
