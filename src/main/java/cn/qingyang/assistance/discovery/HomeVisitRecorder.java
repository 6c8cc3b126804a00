package cn.qingyang.assistance.discovery;

import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.*;

import cn.qingyang.assistance.household.HouseholdFigures;
import cn.qingyang.assistance.household.HouseholdFacts;
import cn.qingyang.assistance.household.HouseholdService;
import cn.qingyang.assistance.workflow.ProcessVariables;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the visit in the case file and counts visits and visits without seeing the person. A
 * visit that saw the person and listed the members records them in the household file (one
 * version per visit) and gives the decisions the figures computed from them; a visit of a case
 * started before the household file gives the figures of the totals typed in.
 */
@Component("homeVisitRecorder")
class HomeVisitRecorder implements JavaDelegate {

    private final CaseFileRepository caseFile;
    private final VisitMembers members;
    private final HouseholdService households;
    private final Clock clock;

    public HomeVisitRecorder(CaseFileRepository caseFile, VisitMembers members, HouseholdService households, Clock clock) {
        this.caseFile = caseFile;
        this.members = members;
        this.households = households;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = ProcessVariables.of(execution);
        VisitMembers.Check check = VisitMembers.listed(execution) ? members.checkFor(execution) : null;
        VisitAssessment visit = VisitAssessment.from(execution::getVariable, LocalDate.now(clock), check);
        // the visit's continuation runs as a job, without the caseworker's login: the task recorded who completed it
        String user = variables.trimmed(VISITED_BY) != null ? variables.trimmed(VISITED_BY) : ProcessVariables.currentUser(execution);
        int visitNo = variables.count(VISIT_COUNT) + 1;
        if (visit.personSeen() && check != null) {
            String source = variables.text(CASE_NUMBER) + " 入户调查评估（第 " + visitNo + " 次走访）";
            HouseholdFacts.Checked facts = HouseholdFacts.check(execution.getVariable(HOUSEHOLD_FACTS));
            households.recordFacts(check.householdId(), facts.facts(), facts.supporters(), user, source);
            households.recordMembers(check.householdId(), check.members(), user, source);
            HouseholdFigures figures = HouseholdFigures.of(check.members());
            visit = visit.withMembers(check.members());
            execution.setVariable(HOUSEHOLD_SIZE, figures.size());
            execution.setVariable(PER_CAPITA_INCOME, figures.perCapitaIncome().doubleValue());
            execution.setVariable(RIGID_SPENDING_SHARE, figures.rigidSpendingShare());
            execution.setVariable(HOUSEHOLD_PARTLY_ON_DIBAO, figures.partlyOnDibao());
            // the rows as the file now holds them: ids of the new members, no sealed number left behind
            execution.setVariable(HOUSEHOLD_MEMBERS, members.onFile(check.householdId()));
        } else if (visit.personSeen()) {
            execution.setVariable(PER_CAPITA_INCOME, visit.perCapitaIncome().doubleValue());
            execution.setVariable(RIGID_SPENDING_SHARE, visit.rigidSpendingShare());
        }
        caseFile.recordVisit(variables.id(CASE_ID), visitNo, visit, user);
        execution.setVariable(VISIT_COUNT, visitNo);
        execution.setVariable(FAILED_VISITS, variables.count(FAILED_VISITS) + (visit.personSeen() ? 0 : 1));
        if (visit.personSeen()) {
            execution.setVariable(SELF_CARE_LOSS, visit.selfCareLoss());
        }
    }
}
