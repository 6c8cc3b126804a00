package cn.qingyang.assistance.outside;

import static cn.qingyang.assistance.aid.AssistanceProcesses.DEPARTMENT;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.CASE_ID;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.CASE_NUMBER;

import cn.qingyang.assistance.organisation.OrganisationGroups;
import cn.qingyang.assistance.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 通知转介部门: the department is told of the referral (an async job: a failure is retried, then an incident). */
@Component("referralNoticeSender")
public class ReferralNoticeSender implements JavaDelegate {

    private final DepartmentNotice notice;

    public ReferralNoticeSender(DepartmentNotice notice) {
        this.notice = notice;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = ProcessVariables.of(execution);
        long caseId = variables.id(CASE_ID);
        String department = variables.text(DEPARTMENT);
        notice.send("referral:" + caseId + ":" + department, caseId, department,
                "案件 " + variables.text(CASE_NUMBER) + " 已转介"
                        + OrganisationGroups.DEPARTMENTS.getOrDefault(department, department)
                        + "，请在青阳县社会救助任务办理中“办理转介”，15 个工作日内答复。");
    }
}
