package cn.qingyang.assistance.security;

import java.util.Set;
import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.runtime.VariableInstance;

/**
 * Full history, except that the values of variables that may hold a full resident ID number
 * (a start form's field, removed by registration in the same transaction) never reach the
 * history tables. Full numbers live only in our own tables; processes carry masked ones.
 */
public class IdNumberFreeHistoryLevel extends AbstractHistoryLevel {

    public static final String NAME = "full-without-id-numbers";
    static final int ID = 31;

    private final Set<String> sensitiveVariables;

    public IdNumberFreeHistoryLevel(Set<String> sensitiveVariables) {
        this.sensitiveVariables = Set.copyOf(sensitiveVariables);
    }

    @Override
    public int getId() {
        return ID;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        // A submitted form's fields are recorded a second time as "form properties", with the
        // process instance (not the field) as entity, so a sensitive field cannot be told apart
        // there: they are left out. Every form value is still in history as a variable update.
        if (eventType == HistoryEventTypes.FORM_PROPERTY_UPDATE) {
            return false;
        }
        return !(entity instanceof VariableInstance variable && sensitiveVariables.contains(variable.getName()));
    }
}
