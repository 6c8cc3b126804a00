package cn.qingyang.assistance.aid;

import static cn.qingyang.assistance.aid.AssistanceProcesses.*;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.CASE_ID;

import java.time.LocalDate;
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
        long caseId = (Long) execution.getVariable(CASE_ID);
        if (execution.getVariable(INSTITUTION_NAME) != null) {
            records.recordCentralCare(caseId, (String) execution.getVariable(INSTITUTION_NAME),
                    date(execution.getVariable(ADMISSION_DATE)));
        } else {
            records.recordCareAgreement(caseId, (String) execution.getVariable(CAREGIVER_NAME),
                    (String) execution.getVariable(CAREGIVER_PHONE), (String) execution.getVariable(CARE_DUTIES),
                    (String) execution.getVariable(VISIT_FREQUENCY), date(execution.getVariable(AGREEMENT_DATE)));
        }
    }

    private static LocalDate date(Object value) {
        return value == null ? null : LocalDate.parse(value.toString().substring(0, 10));
    }
}
