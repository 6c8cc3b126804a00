package cn.qingyang.assistance.oversight.inspection;

import static cn.qingyang.assistance.oversight.inspection.InspectionProcess.INSPECTION_FINDINGS;
import static cn.qingyang.assistance.oversight.inspection.InspectionProcess.RECTIFICATION_REQUIRED;

import cn.qingyang.assistance.workflow.Choices;
import cn.qingyang.assistance.workflow.CompletionGuard;
import cn.qingyang.assistance.workflow.CompletionRules;
import org.springframework.stereotype.Component;

/** 季度指导检查 is completed only with its findings and whether the township must rectify them. */
@Component("inspectTownshipGuard")
class InspectTownshipGuard extends CompletionGuard {

    static final CompletionRules RULES = CompletionRules.forTask("季度指导检查不能提交：")
            .text(INSPECTION_FINDINGS, "检查发现的问题", 2000)
            .choice(RECTIFICATION_REQUIRED, "是否需要整改", Choices.of("YES", "需要整改（交乡镇限期落实）",
                    "NO", "无需整改"));

    public InspectTownshipGuard() {
        super(RULES);
    }
}
