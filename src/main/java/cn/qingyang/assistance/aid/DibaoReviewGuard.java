package cn.qingyang.assistance.aid;

import static cn.qingyang.assistance.aid.AssistanceProcesses.TOWNSHIP_DIBAO_DECISION;
import static cn.qingyang.assistance.aid.AssistanceProcesses.TOWNSHIP_DIBAO_OPINION;

import cn.qingyang.assistance.workflow.IncompleteTaskException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** 乡镇审核低保申请 is completed only with a decision and its opinion. */
@Component("dibaoReviewGuard")
public class DibaoReviewGuard implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        List<String> problems = new ArrayList<>();
        Object decision = execution.getVariable(TOWNSHIP_DIBAO_DECISION);
        if (!"RECOMMEND".equals(decision) && !"REJECT".equals(decision)) {
            problems.add("请选择审核结果");
        }
        Object opinion = execution.getVariable(TOWNSHIP_DIBAO_OPINION);
        if (opinion == null || opinion.toString().isBlank()) {
            problems.add("请填写审核意见（不符合条件须写明理由）");
        }
        if (!problems.isEmpty()) {
            throw new IncompleteTaskException("乡镇审核低保申请不能提交：", problems);
        }
    }
}
