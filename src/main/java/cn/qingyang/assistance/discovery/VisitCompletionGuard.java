package cn.qingyang.assistance.discovery;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * 入户调查评估 cannot be completed incomplete (三个不放过 b and c), whatever the form let through.
 * Guards are end listeners of the user task (not task listeners, whose exceptions the engine
 * wraps in English): the completion is refused with the Chinese message alone.
 */
@Component("visitCompletionGuard")
public class VisitCompletionGuard implements ExecutionListener {

    private final Clock clock;

    public VisitCompletionGuard(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return; // the task was cancelled (e.g. the case ended elsewhere), not completed
        }
        VisitAssessment.from(execution::getVariable, LocalDate.now(clock));
    }
}
