package cn.qingyang.assistance.discovery;

import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.*;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the visit in the case file and counts visits and visits without seeing the person. */
@Component("homeVisitRecorder")
public class HomeVisitRecorder implements JavaDelegate {

    private final CaseFileRepository caseFile;
    private final Clock clock;

    public HomeVisitRecorder(CaseFileRepository caseFile, Clock clock) {
        this.caseFile = caseFile;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        VisitAssessment visit = VisitAssessment.from(execution::getVariable, LocalDate.now(clock));
        int visitNo = count(execution, VISIT_COUNT) + 1;
        caseFile.recordVisit((Long) execution.getVariable(CASE_ID), visitNo, visit,
                execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication() == null ? null
                        : execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication().getUserId());
        execution.setVariable(VISIT_COUNT, visitNo);
        execution.setVariable(FAILED_VISITS, count(execution, FAILED_VISITS) + (visit.personSeen() ? 0 : 1));
        if (visit.personSeen()) {
            execution.setVariable(PER_CAPITA_INCOME, visit.perCapitaIncome().doubleValue());
            execution.setVariable(SELF_CARE_LOSS, visit.selfCareLoss());
        }
    }

    private static int count(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null ? 0 : ((Number) value).intValue();
    }
}
