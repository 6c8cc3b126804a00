package cn.qingyang.assistance.sweep;

import static cn.qingyang.assistance.sweep.MonthlySweepProcess.HOUSEHOLDS_VISITED;
import static cn.qingyang.assistance.sweep.MonthlySweepProcess.PEOPLE_REPORTED;

import cn.qingyang.assistance.workflow.CompletionGuard;
import cn.qingyang.assistance.workflow.CompletionRules;
import org.springframework.stereotype.Component;

/** A village confirms its month's sweep with how many households it visited and people it reported. */
@Component("sweepCompletionGuard")
class SweepCompletionGuard extends CompletionGuard {

    static final CompletionRules RULES = CompletionRules.forTask("本月走访摸排不能提交：")
            .count(HOUSEHOLDS_VISITED, "走访户数")
            .count(PEOPLE_REPORTED, "上报遇困人数");

    public SweepCompletionGuard() {
        super(RULES);
    }
}
