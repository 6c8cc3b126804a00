package cn.qingyang.assistance.discovery;

import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.*;

import cn.qingyang.assistance.workflow.ProcessVariables;
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
        ProcessVariables variables = ProcessVariables.of(execution);
        long caseId = variables.id(CASE_ID);
        String kind = variables.text(AID_KIND);
        BigDecimal amount = variables.requiredAmount(AID_AMOUNT);
        String purpose = variables.text(AID_PURPOSE);
        boolean countyApproved = variables.is(COUNTY_AID_DECISION, "APPROVED");
        caseFile.recordEmergencyAid(caseId, kind, amount, purpose, countyApproved);
        events.publishEvent(new EmergencyAidGranted(caseId, kind, amount, purpose));
    }
}
