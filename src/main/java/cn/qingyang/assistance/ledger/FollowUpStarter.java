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
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A case's ledger entry that is followed up gets its own FollowUpVisits process, which outlives
 * the case: the first visit falls on the entry's next follow-up date, 09:00 Beijing time. Whether
 * the category's cycle asks for one visit only is passed as a flag the diagram's gateway reads.
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
        ledger.activeClassifiedEntry(ProcessVariables.of(execution).id(CASE_ID)).ifPresent(entry -> {
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
            variables.put(FollowUpProcess.LEDGER_ENTRY_ID, ((Number) entry.get("id")).longValue());
            LocalDate next = ((java.sql.Date) entry.get("next_follow_up")).toLocalDate();
            variables.put(FollowUpProcess.NEXT_FOLLOW_UP_AT, Date.from(next.atTime(LocalTime.of(9, 0)).atZone(ZoneId.systemDefault()).toInstant()));
            variables.put(FollowUpProcess.FOLLOW_UP_COUNT, 0);
            variables.put(FollowUpProcess.FOLLOW_UP_ONCE, LedgerService.visitsOnce((String) variables.get(FOLLOW_UP_CYCLE)));
            engine.call(() -> execution.getProcessEngineServices().getRuntimeService()
                    .startProcessInstanceByKey(FollowUpProcess.PROCESS_KEY, execution.getProcessBusinessKey(), variables));
        });
    }
}
