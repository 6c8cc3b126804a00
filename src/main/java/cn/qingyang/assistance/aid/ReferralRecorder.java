package cn.qingyang.assistance.aid;

import static cn.qingyang.assistance.aid.AssistanceProcesses.*;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.CASE_ID;

import cn.qingyang.assistance.workflow.ProcessVariables;
import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 一门受理、协同办理: the referral to a department is recorded when it is sent, and its answer when it comes. */
@Component("referralRecorder")
public class ReferralRecorder implements JavaDelegate {

    private final AidRepository records;
    private final Clock clock;

    public ReferralRecorder(AidRepository records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = ProcessVariables.of(execution);
        long caseId = variables.id(CASE_ID);
        String department = variables.text(DEPARTMENT);
        String result = variables.text(REFERRAL_RESULT);
        if (result == null) {
            records.recordReferral(caseId, department);
            execution.setVariable(REFERRED_AT, Date.from(clock.instant()));
        } else {
            records.answerReferral(caseId, department, result, variables.text(REFERRAL_ANSWER));
        }
    }
}
