package cn.qingyang.assistance.discovery;

import cn.qingyang.assistance.workflow.IncompleteTaskException;

import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** 先行救助 is completed only with what was given, how much and what for. */
@Component("aidCompletionGuard")
public class AidCompletionGuard implements ExecutionListener {

    static final Set<String> KINDS = Set.of("CASH", "IN_KIND");

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return; // the task was cancelled (e.g. the case ended elsewhere), not completed
        }
        List<String> problems = new ArrayList<>();
        Object kind = execution.getVariable(AID_KIND);
        if (kind == null || !KINDS.contains(kind.toString())) {
            problems.add("请选择救助方式（现金或实物）");
        }
        Object amount = execution.getVariable(AID_AMOUNT);
        try {
            if (amount == null || new BigDecimal(amount.toString()).signum() <= 0) {
                problems.add("救助金额应大于 0（实物请填折合金额）");
            }
        } catch (NumberFormatException e) {
            problems.add("救助金额应为数字");
        }
        Object purpose = execution.getVariable(AID_PURPOSE);
        if (purpose == null || purpose.toString().isBlank()) {
            problems.add("请填写救助用途");
        }
        if (!problems.isEmpty()) {
            throw new IncompleteTaskException("先行救助不能提交：", problems);
        }
    }
}
