package cn.qingyang.assistance.discovery;

import cn.qingyang.assistance.workflow.CompletionGuard;
import cn.qingyang.assistance.workflow.CompletionRules;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** 入户调查评估 cannot be completed incomplete (三个不放过 b and c), whatever the form let through. */
@Component("visitCompletionGuard")
class VisitCompletionGuard extends CompletionGuard {

    private final Clock clock;

    public VisitCompletionGuard(Clock clock) {
        this.clock = clock;
    }

    @Override
    protected CompletionRules rules(DelegateExecution execution) {
        return VisitAssessment.rules(LocalDate.now(clock));
    }
}
