package cn.qingyang.assistance.outside;

import static cn.qingyang.assistance.aid.AssistanceProcesses.ANSWER_DUE_AT;
import static cn.qingyang.assistance.aid.AssistanceProcesses.DEPARTMENT;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.CASE_ID;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.CASE_NUMBER;

import cn.qingyang.assistance.organisation.OrganisationGroups;
import cn.qingyang.assistance.workflow.ProcessVariables;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 通知转介部门: the department is told of the referral and of the answer's deadline, which the
 * diagram computes once ({@code answerDueAt}); recorded in the outbox with the case's transaction,
 * sent by the {@link OutboxRelay} after it.
 */
@Component("referralNoticeSender")
class ReferralNoticeSender implements JavaDelegate {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final Outbox outbox;
    private final Clock clock;

    ReferralNoticeSender(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = ProcessVariables.of(execution);
        long caseId = variables.id(CASE_ID);
        String department = variables.text(DEPARTMENT);
        outbox.departmentNotice("referral:" + caseId + ":" + department, caseId, department,
                "案件 " + variables.text(CASE_NUMBER) + " 已转介"
                        + OrganisationGroups.DEPARTMENTS.getOrDefault(department, department)
                        + "，请在青阳县社会救助任务办理中“办理转介”，于 "
                        + variables.get(ANSWER_DUE_AT, Date.class).toInstant().atZone(clock.getZone()).format(DAY) + " 前答复。");
    }
}
