package cn.qingyang.assistance.sweep;

import static cn.qingyang.assistance.sweep.MonthlySweepProcess.*;

import cn.qingyang.assistance.organisation.TownshipTenants;
import cn.qingyang.assistance.workflow.ProcessVariables;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Before the township reviews the month's roster: how many people it holds, and where to download it. */
@Component("rosterPreparer")
public class RosterPreparer implements JavaDelegate {

    private final SweepRepository sweeps;
    private final Clock clock;

    public RosterPreparer(SweepRepository sweeps, Clock clock) {
        this.sweeps = sweeps;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = ProcessVariables.of(execution);
        String township = variables.text(TownshipTenants.TOWNSHIP_CODE);
        String month = variables.text(SWEEP_MONTH);
        execution.setVariable(ROSTER_SIZE, sweeps.roster(township, month, clock.getZone()).size());
        execution.setVariable(ROSTER_URL, SweepController.rosterPath(township, month));
    }
}
