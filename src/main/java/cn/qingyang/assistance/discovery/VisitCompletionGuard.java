package cn.qingyang.assistance.discovery;

import cn.qingyang.assistance.workflow.CompletionGuard;
import cn.qingyang.assistance.workflow.CompletionRules;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * 入户调查评估 cannot be completed incomplete (三个不放过 b and c), whatever the form let through: the
 * household's members are checked too, each by row number and name. A full ID number typed into
 * a member's row is sealed before anything else, so that it never stays in the engine's tables.
 * A visit of a case started before the household file (no member rows) keeps the totals' rules.
 */
@Component("visitCompletionGuard")
class VisitCompletionGuard extends CompletionGuard {

    private final VisitMembers members;
    private final Clock clock;

    public VisitCompletionGuard(VisitMembers members, Clock clock) {
        this.members = members;
        this.clock = clock;
    }

    @Override
    protected CompletionRules rules(DelegateExecution execution) {
        LocalDate today = LocalDate.now(clock);
        if (!VisitMembers.listed(execution)) {
            return VisitAssessment.rules(today);
        }
        // a refusal rolls the whole completion back, this too
        members.seal(execution);
        return VisitAssessment.rules(today, members.checkFor(execution));
    }
}
