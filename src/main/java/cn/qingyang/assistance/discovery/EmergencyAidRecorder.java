package cn.qingyang.assistance.discovery;

import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.*;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** 先行救助 granted: recorded on the case, and announced ({@link EmergencyAidGranted}) for the 急难 ledger. */
@Component("emergencyAidRecorder")
public class EmergencyAidRecorder implements JavaDelegate {

    private final CaseFileRepository caseFile;
    private final ApplicationEventPublisher events;

    public EmergencyAidRecorder(CaseFileRepository caseFile, ApplicationEventPublisher events) {
        this.caseFile = caseFile;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = (Long) execution.getVariable(CASE_ID);
        String kind = (String) execution.getVariable(AID_KIND);
        BigDecimal amount = new BigDecimal(execution.getVariable(AID_AMOUNT).toString());
        String purpose = (String) execution.getVariable(AID_PURPOSE);
        boolean countyApproved = "APPROVED".equals(execution.getVariable(COUNTY_AID_DECISION));
        caseFile.recordEmergencyAid(caseId, kind, amount, purpose, countyApproved);
        events.publishEvent(new EmergencyAidGranted(caseId, kind, amount, purpose));
    }
}
