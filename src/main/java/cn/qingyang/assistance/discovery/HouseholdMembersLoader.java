package cn.qingyang.assistance.discovery;

import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.HOUSEHOLD_MEMBERS;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.HOUSEHOLD_FACTS;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Each home visit starts from the household file as it is: when 入户调查评估 is created, the
 * members (head first) are written into the form's list, with masked ID numbers only, and the
 * household's own facts (家庭基本情况, supporters) into its group.
 */
@Component("householdMembersLoader")
class HouseholdMembersLoader implements TaskListener {

    private final VisitMembers members;

    HouseholdMembersLoader(VisitMembers members) {
        this.members = members;
    }

    @Override
    public void notify(DelegateTask task) {
        long householdId = members.householdOf(task);
        task.setVariable(HOUSEHOLD_MEMBERS, members.onFile(householdId));
        task.setVariable(HOUSEHOLD_FACTS, members.factsOnFile(householdId));
    }
}
