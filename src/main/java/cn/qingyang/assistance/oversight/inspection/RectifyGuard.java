package cn.qingyang.assistance.oversight.inspection;

import static cn.qingyang.assistance.oversight.inspection.InspectionProcess.RECTIFICATION_REPORT;

import cn.qingyang.assistance.workflow.CompletionGuard;
import cn.qingyang.assistance.workflow.CompletionRules;
import org.springframework.stereotype.Component;

/** 落实整改 is completed only with the township's report of what it rectified. */
@Component("rectifyGuard")
class RectifyGuard extends CompletionGuard {

    static final CompletionRules RULES = CompletionRules.forTask("落实整改不能提交：")
            .text(RECTIFICATION_REPORT, "整改情况报告", 2000);

    public RectifyGuard() {
        super(RULES);
    }
}
