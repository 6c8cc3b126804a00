package cn.qingyang.assistance.outside;

import static cn.qingyang.assistance.aid.AssistanceProcesses.DEPARTMENT;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.CASE_ID;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.CASE_NUMBER;

import cn.qingyang.assistance.organisation.OrganisationGroups;
import cn.qingyang.assistance.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 通知转介部门: the department is told of the referral (recorded in the outbox with the case's transaction, sent by the {@link OutboxRelay} after it). */
@Component("referralNoticeSender")
class ReferralNoticeSender implements JavaDelegate {

    private final Outbox outbox;

    ReferralNoticeSender(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = ProcessVariables.of(execution);
        long caseId = variables.id(CASE_ID);
        String department = variables.text(DEPARTMENT);
        outbox.departmentNotice("referral:" + caseId + ":" + department, caseId, department,
                "案件 " + variables.text(CASE_NUMBER) + " 已转介"
                        + OrganisationGroups.DEPARTMENTS.getOrDefault(department, department)
                        + "，请在青阳县社会救助任务办理中“办理转介”，15 个工作日内答复。");
    }
}
