package cn.qingyang.assistance.discovery;

import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.CASE_ID;

import cn.qingyang.assistance.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 后置审批 passed: the first aid's paperwork is complete (补齐手续). */
@Component("postApprovalRecorder")
public class PostApprovalRecorder implements JavaDelegate {

    private final CaseFileRepository caseFile;

    public PostApprovalRecorder(CaseFileRepository caseFile) {
        this.caseFile = caseFile;
    }

    @Override
    public void execute(DelegateExecution execution) {
        caseFile.markEmergencyAidApprovedAfterwards(ProcessVariables.of(execution).id(CASE_ID));
    }
}
