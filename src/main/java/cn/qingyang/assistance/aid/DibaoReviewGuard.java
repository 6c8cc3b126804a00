package cn.qingyang.assistance.aid;

import static cn.qingyang.assistance.aid.AssistanceProcesses.TOWNSHIP_DIBAO_DECISION;
import static cn.qingyang.assistance.aid.AssistanceProcesses.TOWNSHIP_DIBAO_OPINION;

import cn.qingyang.assistance.workflow.Choices;
import cn.qingyang.assistance.workflow.CompletionGuard;
import cn.qingyang.assistance.workflow.CompletionRules;
import org.springframework.stereotype.Component;

/** 乡镇审核低保申请 is completed only with a decision and its opinion. */
@Component("dibaoReviewGuard")
class DibaoReviewGuard extends CompletionGuard {

    static final CompletionRules RULES = CompletionRules.forTask("乡镇审核低保申请不能提交：")
            .choice(TOWNSHIP_DIBAO_DECISION, "审核结果", Choices.of("RECOMMEND", "符合条件，张榜公示后报县局确认",
                    "REJECT", "不符合条件"))
            .textOr(TOWNSHIP_DIBAO_OPINION, "请填写审核意见（不符合条件须写明理由）");

    public DibaoReviewGuard() {
        super(RULES);
    }
}
