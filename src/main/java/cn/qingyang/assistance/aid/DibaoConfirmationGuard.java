package cn.qingyang.assistance.aid;

import static cn.qingyang.assistance.aid.AssistanceProcesses.COUNTY_DIBAO_DECISION;
import static cn.qingyang.assistance.aid.AssistanceProcesses.COUNTY_DIBAO_OPINION;
import static cn.qingyang.assistance.aid.AssistanceProcesses.DIBAO_MONTHLY_AMOUNT;

import cn.qingyang.assistance.workflow.IncompleteTaskException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** 县局审核确认: a confirmation states the monthly amount; every decision states the county's opinion. */
@Component("dibaoConfirmationGuard")
public class DibaoConfirmationGuard implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        List<String> problems = new ArrayList<>();
        Object decision = execution.getVariable(COUNTY_DIBAO_DECISION);
        if (!"APPROVED".equals(decision) && !"REJECTED".equals(decision)) {
            problems.add("请选择审核确认结果");
        }
        if ("APPROVED".equals(decision)) {
            Object amount = execution.getVariable(DIBAO_MONTHLY_AMOUNT);
            try {
                if (amount == null || new BigDecimal(amount.toString()).signum() <= 0) {
                    problems.add("确认纳入低保须填写月保障金额");
                }
            } catch (NumberFormatException e) {
                problems.add("月保障金额应为数字");
            }
        }
        Object opinion = execution.getVariable(COUNTY_DIBAO_OPINION);
        if (opinion == null || opinion.toString().isBlank()) {
            problems.add("请填写县局审核意见");
        }
        if (!problems.isEmpty()) {
            throw new IncompleteTaskException("县局审核确认低保不能提交：", problems);
        }
    }
}
