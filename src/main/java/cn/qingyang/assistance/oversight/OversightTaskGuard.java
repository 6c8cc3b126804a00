package cn.qingyang.assistance.oversight;

import cn.qingyang.assistance.oversight.assessment.AssessmentProcess;
import cn.qingyang.assistance.oversight.inspection.InspectionProcess;
import cn.qingyang.assistance.oversight.spotcheck.SpotCheckProcess;
import cn.qingyang.assistance.oversight.spotcheck.SpotCheckService;

import cn.qingyang.assistance.workflow.IncompleteTaskException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The county's and townships' oversight tasks are completed only with what their forms require,
 * whatever the caller sent (Tasklist or REST): an end listener on each user task, refusing with
 * every missing item in Chinese.
 */
@Component("oversightTaskGuard")
public class OversightTaskGuard implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        List<String> problems = new ArrayList<>();
        String task;
        switch (execution.getCurrentActivityId()) {
            case "Task_InspectTownship" -> {
                task = "季度指导检查";
                text(execution, InspectionProcess.INSPECTION_FINDINGS, "请填写检查发现的问题", problems);
                choice(execution, InspectionProcess.RECTIFICATION_REQUIRED, Set.of("YES", "NO"), "请选择是否需要整改", problems);
            }
            case "Task_Rectify" -> {
                task = "落实整改";
                text(execution, InspectionProcess.RECTIFICATION_REPORT, "请填写整改情况报告", problems);
            }
            case "Task_VerifyRectification" -> {
                task = "核验整改";
                choice(execution, InspectionProcess.VERIFICATION_RESULT, Set.of("VERIFIED", "NOT_VERIFIED"), "请选择核验结果", problems);
                if ("NOT_VERIFIED".equals(execution.getVariable(InspectionProcess.VERIFICATION_RESULT))) {
                    text(execution, InspectionProcess.VERIFICATION_NOTE, "未整改到位的，请写明仍存在的问题", problems);
                }
            }
            case "Task_VerifyRecipient" -> {
                task = "抽查核实";
                choice(execution, SpotCheckProcess.OUTCOME, SpotCheckService.OUTCOME_LABELS.keySet(),
                        "请选择核实结论（正常、漏保、错保、人情保或关系保）", problems);
                text(execution, SpotCheckProcess.FINDINGS, "请填写核实情况", problems);
            }
            case "Task_CorrectFinding" -> {
                task = "整改抽查问题";
                text(execution, SpotCheckProcess.CORRECTION, "请填写整改结果", problems);
            }
            case "Task_ReviewAssessment" -> {
                task = "审核年度考核结果";
                choice(execution, AssessmentProcess.REVIEW, Set.of("APPROVED", "RECALCULATE"), "请选择审核结果", problems);
                if ("RECALCULATE".equals(execution.getVariable(AssessmentProcess.REVIEW))) {
                    text(execution, AssessmentProcess.REVIEW_NOTE, "重新计算的，请写明原因", problems);
                }
            }
            default -> throw new IllegalStateException("oversightTaskGuard is not meant for " + execution.getCurrentActivityId());
        }
        if (!problems.isEmpty()) {
            throw new IncompleteTaskException(task + "不能提交：", problems);
        }
    }

    private static void text(DelegateExecution execution, String name, String problem, List<String> problems) {
        Object value = execution.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            problems.add(problem);
        } else if (value.toString().length() > 2000) {
            problems.add(problem.replace("请填写", "") + "不能超过 2000 字");
        }
    }

    private static void choice(DelegateExecution execution, String name, Set<String> allowed, String problem,
                               List<String> problems) {
        if (!allowed.contains(String.valueOf(execution.getVariable(name)))) {
            problems.add(problem);
        }
    }
}
