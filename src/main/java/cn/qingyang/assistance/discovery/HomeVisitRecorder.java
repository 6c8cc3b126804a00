package cn.qingyang.assistance.discovery;

import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.*;

import cn.qingyang.assistance.workflow.ProcessVariables;
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
        ProcessVariables variables = ProcessVariables.of(execution);
        VisitAssessment visit = VisitAssessment.from(execution::getVariable, LocalDate.now(clock));
        int visitNo = variables.count(VISIT_COUNT) + 1;
        caseFile.recordVisit(variables.id(CASE_ID), visitNo, visit, ProcessVariables.currentUser(execution));
        execution.setVariable(VISIT_COUNT, visitNo);
        execution.setVariable(FAILED_VISITS, variables.count(FAILED_VISITS) + (visit.personSeen() ? 0 : 1));
        if (visit.personSeen()) {
            execution.setVariable(PER_CAPITA_INCOME, visit.perCapitaIncome().doubleValue());
            execution.setVariable(SELF_CARE_LOSS, visit.selfCareLoss());
        }
    }
}
