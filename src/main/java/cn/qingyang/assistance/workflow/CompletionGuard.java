package cn.qingyang.assistance.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * A user task is completed only with what its {@link CompletionRules} require, whatever the
 * caller sent (Tasklist or REST). A guard is the end listener of its task, wired from the diagram
 * by bean name, and only declares the rules. An end listener, not a task listener, whose
 * exceptions the engine wraps in English: the completion is refused with the Chinese message alone.
 */
public abstract class CompletionGuard implements ExecutionListener {

    private final CompletionRules rules;

    protected CompletionGuard(CompletionRules rules) {
        this.rules = rules;
    }

    /** For a guard whose rules depend on the task: it overrides {@link #rules(DelegateExecution)}. */
    protected CompletionGuard() {
        this(null);
    }

    @Override
    public final void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return; // the task was cancelled (e.g. the case ended elsewhere), not completed
        }
        rules(execution).check(ProcessVariables.of(execution));
    }

    /** The rules for this completion: the declared ones, unless they depend on the task. */
    protected CompletionRules rules(DelegateExecution execution) {
        return rules;
    }
}
