package cn.qingyang.assistance.discovery;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A task completion refused because the person left something out. Tasklist shows the message
 * in the form, and the task stays open.
 */
public class IncompleteTaskException extends ProcessEngineException {

    private final List<String> problems;

    public IncompleteTaskException(String lead, List<String> problems) {
        super(lead + String.join("；", problems) + "。");
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
