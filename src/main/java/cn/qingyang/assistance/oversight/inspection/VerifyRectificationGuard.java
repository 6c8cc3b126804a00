package cn.qingyang.assistance.oversight.inspection;

import static cn.qingyang.assistance.oversight.inspection.InspectionProcess.VERIFICATION_NOTE;
import static cn.qingyang.assistance.oversight.inspection.InspectionProcess.VERIFICATION_RESULT;

import cn.qingyang.assistance.workflow.Choices;
import cn.qingyang.assistance.workflow.CompletionGuard;
import cn.qingyang.assistance.workflow.CompletionRules;
import org.springframework.stereotype.Component;

/** 核验整改 is completed only with a result, and "not rectified" only with what is still wrong. */
@Component("verifyRectificationGuard")
class VerifyRectificationGuard extends CompletionGuard {

    static final CompletionRules RULES = CompletionRules.forTask("核验整改不能提交：")
            .choice(VERIFICATION_RESULT, "核验结果", Choices.of("VERIFIED", "整改到位", "NOT_VERIFIED", "未整改到位，继续整改"))
            .when(VERIFICATION_RESULT, "NOT_VERIFIED", notVerified ->
                    notVerified.textOr(VERIFICATION_NOTE, "未整改到位的，请写明仍存在的问题", 2000));

    public VerifyRectificationGuard() {
        super(RULES);
    }
}
