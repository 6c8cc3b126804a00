package cn.qingyang.assistance.oversight.spotcheck;

import cn.qingyang.assistance.oversight.OversightPlan;

import static cn.qingyang.assistance.oversight.spotcheck.SpotCheckProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 随机抽取抽查对象: draws last month's approvals at the rates the diagram sets; a month is drawn only once. */
@Component("spotCheckDrawer")
class SpotCheckDrawer implements JavaDelegate {

    private final SpotCheckService spotChecks;
    private final OversightPlan plan;

    public SpotCheckDrawer(SpotCheckService spotChecks, OversightPlan plan) {
        this.spotChecks = spotChecks;
        this.plan = plan;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String month = plan.monthOrPrevious(execution.getVariable(DRAW_MONTH));
        var draw = spotChecks.draw(month,
                SpotCheckDraw.rate(execution.getVariableLocal(SPECIAL_RATE), "特困人员抽查比例"),
                SpotCheckDraw.rate(execution.getVariableLocal(OTHER_RATE), "其他救助对象抽查比例"), null);
        execution.setVariable(DRAW_MONTH, month);
        execution.setVariable(DRAW_ID, draw.id());
        execution.setVariable(DRAW_SEED, String.valueOf(draw.seed()));
        execution.setVariable(SAMPLE_SIZE, draw.sampled());
        execution.setVariable(ALREADY_DRAWN, draw.alreadyDrawn());
    }
}
