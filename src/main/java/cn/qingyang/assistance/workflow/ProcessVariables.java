package cn.qingyang.assistance.workflow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Typed reads of a process's variables, one place for the conversions a delegate would otherwise
 * write as casts: forms send numbers as Long or Double and dates as ISO text, our delegates write
 * Long ids. A required value that is absent is a fault of the model, not of a person, and fails
 * with the variable's name.
 */
public final class ProcessVariables {

    private final Function<String, Object> values;

    private ProcessVariables(Function<String, Object> values) {
        this.values = values;
    }

    /** The variables visible from this scope (its own and its parents'). */
    public static ProcessVariables of(VariableScope scope) {
        return new ProcessVariables(scope::getVariable);
    }

    /** Only the scope's own variables (e.g. an event's details passed as input mapping). */
    public static ProcessVariables local(VariableScope scope) {
        return new ProcessVariables(scope::getVariableLocal);
    }

    /** Any source of values by name: a map in a test, a form's submission. */
    public static ProcessVariables from(Function<String, Object> values) {
        return new ProcessVariables(values);
    }

    /** The raw value, for a rule that compares it with a choice. */
    public Object raw(String name) {
        return values.apply(name);
    }

    /** A required id (our tables' keys): a Long, or any whole number. */
    public long id(String name) {
        return optionalLong(name).orElseThrow(() -> missing(name));
    }

    public Optional<Long> optionalLong(String name) {
        Object value = values.apply(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Number number) {
            return Optional.of(number.longValue());
        }
        return Optional.of(Long.parseLong(value.toString().strip()));
    }

    /** A whole number (a form's number field may arrive as Long or Double), or null. */
    public Integer integer(String name) {
        Object value = values.apply(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        return value instanceof Number number ? number.intValue() : new BigDecimal(value.toString().strip()).intValueExact();
    }

    /** A counter our delegates keep (visits, failed visits): 0 before the first. */
    public int count(String name) {
        Integer value = integer(name);
        return value == null ? 0 : value;
    }

    /** The text as given, or null when absent. */
    public String text(String name) {
        Object value = values.apply(name);
        return value == null ? null : value.toString();
    }

    /** The text stripped, or null when absent or blank. */
    public String trimmed(String name) {
        String text = text(name);
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A boolean variable: true only when it is {@code true}. */
    public boolean flag(String name) {
        return Boolean.TRUE.equals(values.apply(name));
    }

    /** Whether a choice holds exactly this option (e.g. {@code "YES"}, {@code "APPROVED"}). */
    public boolean is(String name, String option) {
        Object value = values.apply(name);
        return value != null && option.equals(value.toString());
    }

    /** An amount in 元 (form numbers arrive as Long or Double), or null. */
    public BigDecimal amount(String name) {
        Object value = values.apply(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString().strip());
    }

    /** A required amount in 元, as {@link #amount(String)}; absent, it fails with the variable's name. */
    public BigDecimal requiredAmount(String name) {
        BigDecimal amount = amount(name);
        if (amount == null) {
            throw missing(name);
        }
        return amount;
    }

    /** A date: a form's date field (ISO text, possibly with a time) or a java.util.Date; null when absent. */
    public LocalDate date(String name) {
        Object value = values.apply(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        String text = value.toString().strip();
        return LocalDate.parse(text.substring(0, Math.min(10, text.length())));
    }

    /** A value of a type our own delegates wrote (e.g. a list of route codes). */
    public <T> T get(String name, Class<T> type) {
        Object value = values.apply(name);
        return value == null ? null : type.cast(value);
    }

    /**
     * A business rule task's result kept with {@code camunda:mapDecisionResult="singleResult"}: the
     * one matching rule's outputs by name; null when absent.
     */
    @SuppressWarnings("unchecked")
    public Map<String, Object> singleResult(String name) {
        return (Map<String, Object>) get(name, Map.class);
    }

    /**
     * A business rule task's result kept with {@code camunda:mapDecisionResult="resultList"}: every
     * matching rule's outputs by name; null when absent.
     */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> resultList(String name) {
        return (List<Map<String, Object>>) get(name, List.class);
    }

    /** The login that completes the task or runs the step, or null when the engine acts alone (a timer, a job). */
    public static String currentUser(DelegateExecution execution) {
        Authentication authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }

    /** As {@link #currentUser(DelegateExecution)}, for a task listener. */
    public static String currentUser(DelegateTask task) {
        Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }

    private static IllegalStateException missing(String name) {
        return new IllegalStateException("process variable '" + name + "' is required here but not set");
    }
}
