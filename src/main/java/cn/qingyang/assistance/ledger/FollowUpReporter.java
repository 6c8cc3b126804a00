package cn.qingyang.assistance.ledger;

import static cn.qingyang.assistance.ledger.FollowUpProcess.*;

import cn.qingyang.assistance.intake.RegistrationService;
import cn.qingyang.assistance.intake.ReportRequest;
import cn.qingyang.assistance.organisation.OrganisationGroups;
import cn.qingyang.assistance.security.CallerScope;
import cn.qingyang.assistance.workflow.ProcessVariables;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A follow-up found things worse: the person is reported again, like any report, which opens a
 * new case for re-assessment (or joins the open one).
 */
@Component("followUpReporter")
public class FollowUpReporter implements JavaDelegate {

    /** The case the worsening was reported to. */
    public static final String REOPENED_CASE_NUMBER = "reopenedCaseNumber";
    static final CallerScope SYSTEM = new CallerScope("follow-up", List.of(OrganisationGroups.COUNTY));

    private final LedgerService ledger;
    private final RegistrationService registration;

    public FollowUpReporter(LedgerService ledger, RegistrationService registration) {
        this.ledger = ledger;
        this.registration = registration;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = ProcessVariables.of(execution);
        Map<String, Object> person = ledger.personOf(variables.id(LEDGER_ENTRY_ID));
        ReportRequest report = new ReportRequest("village_sweep", (String) person.get("township_code"),
                (String) person.get("village_code"), "回访",
                new ReportRequest.PersonData((String) person.get("name"), (String) person.get("id_number"), (String) person.get("phone")),
                "回访发现情况恶化：" + java.util.Objects.toString(variables.text(FOLLOW_UP_NOTE), ""), false, false,
                "follow-up:" + execution.getProcessInstanceId() + ":" + variables.raw(FOLLOW_UP_COUNT));
        execution.setVariable(REOPENED_CASE_NUMBER, registration.register(report, SYSTEM).caseNumber());
    }
}
