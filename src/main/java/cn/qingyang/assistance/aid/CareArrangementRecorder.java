package cn.qingyang.assistance.aid;

import static cn.qingyang.assistance.aid.AssistanceProcesses.*;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.CASE_ID;

import cn.qingyang.assistance.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records 集中供养 (institution, admission) or the 照料协议 of "物质+服务", whichever was arranged. */
@Component("careArrangementRecorder")
public class CareArrangementRecorder implements JavaDelegate {

    private final AidRepository records;

    public CareArrangementRecorder(AidRepository records) {
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = ProcessVariables.of(execution);
        long caseId = variables.id(CASE_ID);
        if (variables.raw(INSTITUTION_NAME) != null) {
            records.recordCentralCare(caseId, variables.text(INSTITUTION_NAME), variables.date(ADMISSION_DATE));
        } else {
            records.recordCareAgreement(caseId, variables.text(CAREGIVER_NAME), variables.text(CAREGIVER_PHONE),
                    variables.text(CARE_DUTIES), variables.text(VISIT_FREQUENCY), variables.date(AGREEMENT_DATE));
        }
    }
}
