package cn.qingyang.assistance.deadlines;

import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.TimeDate;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOutputParameter;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Which dates of a deployed model are counted in working days, read from the model itself: a user
 * task's {@code camunda:dueDate} that calls {@code workingDays.dueAfter(...)} (or names a variable
 * computed so), and a timer whose {@code timeDate} is {@code ${var}} where {@code var} is set by an
 * input/output parameter calling it (today visitDueAt, answerDueAt, rectificationDueAt). Calendar
 * days ({@code dueAfterCalendarDays}, the sweep's 25th of the month, 24 hours for emergency aid)
 * and the cadence timers (cycles, durations) are not: a holiday arrangement does not move them.
 */
public final class WorkingDayExpressions {

    private static final Pattern WORKING_DAY_CALL = Pattern.compile("workingDays\\s*\\.\\s*dueAfter(WorkingDays)?\\s*\\(");
    private static final Pattern ONE_VARIABLE = Pattern.compile("^\\s*\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}\\s*$");

    private final Set<String> variables;
    private final BpmnModelInstance model;

    private WorkingDayExpressions(BpmnModelInstance model, Set<String> variables) {
        this.model = model;
        this.variables = Set.copyOf(variables);
    }

    public static WorkingDayExpressions of(BpmnModelInstance model) {
        Set<String> variables = new HashSet<>();
        collect(model.getModelElementsByType(CamundaInputParameter.class), variables);
        collect(model.getModelElementsByType(CamundaOutputParameter.class), variables);
        return new WorkingDayExpressions(model, variables);
    }

    private static void collect(Collection<? extends ModelElementInstance> parameters, Set<String> into) {
        for (ModelElementInstance parameter : parameters) {
            String value = parameter.getTextContent();
            if (value != null && WORKING_DAY_CALL.matcher(value).find()) {
                into.add(parameter.getAttributeValue("name"));
            }
        }
    }

    /** The variables the model computes in working days. */
    public Set<String> variables() {
        return variables;
    }

    /** Whether a due date expression counts working days. */
    public boolean countsWorkingDays(String expression) {
        if (expression == null || expression.isBlank()) {
            return false;
        }
        return WORKING_DAY_CALL.matcher(expression).find() || variableOf(expression).isPresent();
    }

    /** The working-day variable an expression is exactly ({@code ${visitDueAt}}), if it is one. */
    public Optional<String> variableOf(String expression) {
        if (expression == null) {
            return Optional.empty();
        }
        Matcher matcher = ONE_VARIABLE.matcher(expression);
        return matcher.matches() && variables.contains(matcher.group(1)) ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** Whether the user task's due date counts working days. */
    public boolean userTaskCountsWorkingDays(String taskDefinitionKey) {
        return userTaskDueDate(taskDefinitionKey).map(this::countsWorkingDays).orElse(false);
    }

    /** The user task's {@code camunda:dueDate} expression. */
    public Optional<String> userTaskDueDate(String taskDefinitionKey) {
        ModelElementInstance element = model.getModelElementById(taskDefinitionKey);
        return element instanceof UserTask task ? Optional.ofNullable(task.getCamundaDueDate()) : Optional.empty();
    }

    /**
     * The working-day variable a timer event's date is ({@code ${answerDueAt}}): empty for a timer
     * on calendar dates, a cycle or a duration.
     */
    public Optional<String> timerVariable(String activityId) {
        ModelElementInstance element = model.getModelElementById(activityId);
        if (element == null) {
            return Optional.empty();
        }
        for (TimerEventDefinition timer : element.getChildElementsByType(TimerEventDefinition.class)) {
            TimeDate date = timer.getTimeDate();
            if (date != null) {
                return variableOf(date.getTextContent());
            }
        }
        return Optional.empty();
    }

    /** The name an element shows (its id where it has none). */
    public String nameOf(String elementId) {
        ModelElementInstance element = model.getModelElementById(elementId);
        String name = element == null ? null : element.getAttributeValue("name");
        return name == null || name.isBlank() ? elementId : name;
    }
}
