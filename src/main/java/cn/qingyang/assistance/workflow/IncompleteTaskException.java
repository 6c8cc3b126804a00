package cn.qingyang.assistance.workflow;

import java.util.List;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A task completion refused because the person left something out. Tasklist shows the message
 * in the form, and the task stays open. A form validation failure in the engine's terms, so the
 * REST API answers 400 (the caller's mistake), not 500.
 */
public class IncompleteTaskException extends FormFieldValidationException {

    private final List<String> problems;

    public IncompleteTaskException(String lead, List<String> problems) {
        super(List.copyOf(problems), lead + String.join("；", problems) + "。");
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
