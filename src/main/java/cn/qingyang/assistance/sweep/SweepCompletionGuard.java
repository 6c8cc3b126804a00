package cn.qingyang.assistance.sweep;

import static cn.qingyang.assistance.sweep.MonthlySweepProcess.HOUSEHOLDS_VISITED;
import static cn.qingyang.assistance.sweep.MonthlySweepProcess.PEOPLE_REPORTED;

import cn.qingyang.assistance.workflow.IncompleteTaskException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** A village confirms its month's sweep with how many households it visited and people it reported. */
@Component("sweepCompletionGuard")
public class SweepCompletionGuard implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        List<String> problems = new ArrayList<>();
        check(execution.getVariable(HOUSEHOLDS_VISITED), "走访户数", problems);
        check(execution.getVariable(PEOPLE_REPORTED), "上报遇困人数", problems);
        if (!problems.isEmpty()) {
            throw new IncompleteTaskException("本月走访摸排不能提交：", problems);
        }
    }

    private static void check(Object value, String label, List<String> problems) {
        if (!(value instanceof Number number) || number.doubleValue() < 0 || number.doubleValue() != Math.floor(number.doubleValue())) {
            problems.add("请填写" + label + "（0 或正整数）");
        }
    }
}
