package cn.qingyang.assistance.workflow;

import java.util.HashMap;
import java.util.Map;

/** Test helper: a task's submitted values as a plain map, and the refusal its rules give them. */
public final class Submissions {

    private Submissions() {
    }

    /** Names and values in pairs; a null value is a field sent empty. */
    public static ProcessVariables values(Object... namesAndValues) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return ProcessVariables.from(values::get);
    }

    /** The whole Chinese message the rules refuse these values with; fails when they accept them. */
    public static String refusal(CompletionRules rules, ProcessVariables values) {
        try {
            rules.check(values);
        } catch (IncompleteTaskException e) {
            return e.getMessage();
        }
        throw new AssertionError("the rules accepted what they should refuse");
    }
}
