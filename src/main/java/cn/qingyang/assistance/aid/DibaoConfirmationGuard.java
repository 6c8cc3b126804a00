package cn.qingyang.assistance.aid;

import static cn.qingyang.assistance.aid.AssistanceProcesses.COUNTY_DIBAO_DECISION;
import static cn.qingyang.assistance.aid.AssistanceProcesses.COUNTY_DIBAO_OPINION;
import static cn.qingyang.assistance.aid.AssistanceProcesses.DIBAO_MONTHLY_AMOUNT;

import cn.qingyang.assistance.workflow.Choices;
import cn.qingyang.assistance.workflow.CompletionGuard;
import cn.qingyang.assistance.workflow.CompletionRules;
import org.springframework.stereotype.Component;

/** 县局审核确认: a confirmation states the monthly amount; every decision states the county's opinion. */
@Component("dibaoConfirmationGuard")
class DibaoConfirmationGuard extends CompletionGuard {

    static final CompletionRules RULES = CompletionRules.forTask("县局审核确认低保不能提交：")
            .choice(COUNTY_DIBAO_DECISION, "审核确认结果", Choices.of("APPROVED", "确认纳入低保", "REJECTED", "不予确认"))
            .when(COUNTY_DIBAO_DECISION, "APPROVED", approved ->
                    approved.positiveAmount(DIBAO_MONTHLY_AMOUNT, "月保障金额", "确认纳入低保须填写月保障金额"))
            .text(COUNTY_DIBAO_OPINION, "县局审核意见");

    public DibaoConfirmationGuard() {
        super(RULES);
    }
}
