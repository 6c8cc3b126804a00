package cn.qingyang.assistance.ledger;

import static cn.qingyang.assistance.ledger.FollowUpProcess.*;

import cn.qingyang.assistance.discovery.DiscoveryCaseProcess;
import cn.qingyang.assistance.workflow.ProcessVariables;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records a follow-up visit and sets the next one, one period of the category's cycle later. */
@Component("followUpRecorder")
public class FollowUpRecorder implements JavaDelegate {

    private final LedgerService ledger;
    private final Clock clock;

    public FollowUpRecorder(LedgerService ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = ProcessVariables.of(execution);
        int visitNo = variables.count(FOLLOW_UP_COUNT) + 1;
        LocalDate today = LocalDate.now(clock);
        LocalDate next = LedgerService.nextFollowUp(variables.text(DiscoveryCaseProcess.FOLLOW_UP_CYCLE), today);
        LocalDate visited = variables.date(FOLLOW_UP_DATE);
        ledger.recordFollowUp(variables.id(LEDGER_ENTRY_ID), visitNo, visited == null ? today : visited,
                variables.text(FOLLOW_UP_OUTCOME), variables.text(FOLLOW_UP_NOTE), next);
        execution.setVariable(FOLLOW_UP_COUNT, visitNo);
        if (next != null) {
            execution.setVariable(NEXT_FOLLOW_UP_AT, Date.from(next.atTime(LocalTime.of(9, 0)).atZone(clock.getZone()).toInstant()));
        }
    }
}
