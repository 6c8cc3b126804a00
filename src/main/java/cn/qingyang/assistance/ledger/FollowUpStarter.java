package cn.qingyang.assistance.ledger;

import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.*;

import cn.qingyang.assistance.intake.CaseSummary;
import cn.qingyang.assistance.workflow.EngineAsSystem;
import cn.qingyang.assistance.workflow.ProcessVariables;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A case's ledger entry that is followed up gets its own FollowUpVisits process, which outlives
 * the case: the first visit falls on the entry's next follow-up date, 09:00 Beijing time. Whether
 * the category's cycle asks for one visit only is passed as a flag the diagram's gateway reads.
 * The entry is the household's: when a later case of the household updated it while its follow-up
 * still runs, that process gives way to the new one (one follow-up per entry, on the new date; none
 * when the entry is now closed), and the visits are numbered on from those the entry already has.
 */
@Component("followUpStarter")
class FollowUpStarter implements JavaDelegate {

    private final LedgerService ledger;
    private final EngineAsSystem engine;

    public FollowUpStarter(LedgerService ledger, EngineAsSystem engine) {
        this.ledger = ledger;
        this.engine = engine;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ledger.classifiedEntry(ProcessVariables.of(execution).id(CASE_ID)).ifPresent(entry -> {
            long entryId = ((Number) entry.get("id")).longValue();
            RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
            boolean followedUp = LedgerService.ACTIVE.equals(entry.get("status")) && entry.get("next_follow_up") != null;
            engine.call(() -> {
                // the household's entry was followed up already: that follow-up gives way (or ends, the entry now closed)
                runtime.createProcessInstanceQuery().processDefinitionKey(FollowUpProcess.PROCESS_KEY)
                        .variableValueEquals(FollowUpProcess.LEDGER_ENTRY_ID, entryId).list()
                        .forEach(running -> runtime.deleteProcessInstance(running.getId(), "台账已由本户案件 "
                                + execution.getProcessBusinessKey() + (followedUp ? " 更新，按新的回访日期重新安排" : " 更新，不再回访")));
                if (followedUp) {
                    runtime.startProcessInstanceByKey(FollowUpProcess.PROCESS_KEY, execution.getProcessBusinessKey(),
                            variables(execution, entryId, ((java.sql.Date) entry.get("next_follow_up")).toLocalDate()));
                }
                return null;
            });
        });
    }

    private Map<String, Object> variables(DelegateExecution execution, long entryId, LocalDate next) {
        Map<String, Object> variables = new HashMap<>();
        for (String name : new String[] {CASE_NUMBER, TOWNSHIP_CODE, VILLAGE_CODE, CASE_SUMMARY, CASE_TITLE,
                CATEGORY, CATEGORY_LABEL, FOLLOW_UP_CYCLE}) {
            variables.put(name, execution.getVariable(name));
        }
        if (variables.get(CASE_SUMMARY) == null) {
            // a case registered before issue 15 holds its summary as plain variables; the
            // follow-up process started here is the latest, whose forms read the summary
            CaseSummary summary = CaseSummary.fromPlainVariables(execution::getVariable);
            variables.put(CASE_SUMMARY, summary.asVariable());
            variables.put(CASE_TITLE, summary.title());
        }
        variables.put(FollowUpProcess.LEDGER_ENTRY_ID, entryId);
        variables.put(FollowUpProcess.NEXT_FOLLOW_UP_AT, Date.from(next.atTime(LocalTime.of(9, 0)).atZone(ZoneId.systemDefault()).toInstant()));
        variables.put(FollowUpProcess.FOLLOW_UP_COUNT, ledger.followUpCount(entryId));
        variables.put(FollowUpProcess.FOLLOW_UP_ONCE, LedgerService.visitsOnce((String) variables.get(FOLLOW_UP_CYCLE)));
        return variables;
    }
}
