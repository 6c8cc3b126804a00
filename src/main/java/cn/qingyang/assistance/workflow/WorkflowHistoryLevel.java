package cn.qingyang.assistance.workflow;

import java.util.Set;
import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.runtime.VariableInstance;

/**
 * The history of the workflow, not a second copy of the case file (docs/history.md). Everything
 * Camunda's {@code full} level records (process and activity instances, tasks with assignee, due
 * and end, identity links, DMN evaluations with their inputs and outputs, the user operation
 * log, jobs, incidents) and every variable's value, except:
 * <ul>
 *   <li>variable <em>detail</em> rows (one per write of a variable, ACT_HI_DETAIL) and form
 *       properties: each visit, decision and correction is a row of our own tables, with who
 *       recorded it; a detail row per form field was most of a case's writes;</li>
 *   <li>variables that may hold a full resident ID number (a start form's field, removed by
 *       registration in the same transaction): full numbers live only in our {@code person}
 *       table;</li>
 *   <li>case-file fields: copies of our tables that forms show (name, masked number, phone,
 *       description...) and what a home visit records (incomes, assets, findings...). Their record
 *       is our tables, kept under the county's own schedule; the history keeps IDs, flags and
 *       decisions.</li>
 * </ul>
 * The decision is made on the variable's name alone, so every event of a variable (create,
 * update, delete) is consistently in or out.
 */
class WorkflowHistoryLevel extends AbstractHistoryLevel {

    public static final String NAME = "workflow";
    /** Unchanged from the level's first version, which the engine stored in ACT_GE_PROPERTY. */
    static final int ID = 31;

    private final Set<String> leftOut;

    public WorkflowHistoryLevel(Set<String> idNumberVariables, Set<String> caseFileFields) {
        this.leftOut = union(idNumberVariables, caseFileFields);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        var all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
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
        // process instance (not the field) as entity; the variables are recorded themselves.
        if (eventType == HistoryEventTypes.FORM_PROPERTY_UPDATE || eventType == HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL) {
            return false;
        }
        return !(entity instanceof VariableInstance variable && leftOut.contains(variable.getName()));
    }
}
