package cn.qingyang.assistance.deadlines;

import cn.qingyang.assistance.calendar.WorkingDayCalendar;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Marks a task whose due date is provisional: every user task gets a built-in create listener (as
 * {@code security/SeparationOfDuties} adds its duties, no change to the diagrams), which gives the
 * task the local variable {@value DueDateNotes#VARIABLE} when its due date counts working days into
 * a year whose arrangement is not published yet. {@link DueDateRecomputation} clears it when the
 * year is entered; a built-in update listener clears it when a person moves the date into a
 * published year.
 */
@Component
class ProvisionalDueDates extends AbstractCamundaConfiguration {

    private final ObjectProvider<WorkingDayCalendar> calendar;
    private final ObjectProvider<WorkingDayModels> models;

    ProvisionalDueDates(ObjectProvider<WorkingDayCalendar> calendar, ObjectProvider<WorkingDayModels> models) {
        this.calendar = calendar;
        this.models = models;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        TaskListener mark = this::mark;
        TaskListener recheck = this::recheck;
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                    behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, mark);
                    behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_UPDATE, recheck);
                }
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    /**
     * A marked task whose due date a person changed (Tasklist's "设置到期日期") into a published
     * year, or removed, is not provisional any more: its mark goes. A new date is not marked: only
     * a date the model counted in working days is.
     */
    void recheck(DelegateTask task) {
        if (!task.hasVariableLocal(DueDateNotes.VARIABLE)) {
            return;
        }
        Date due = task.getDueDate();
        if (due == null || !calendar.getObject().isProvisional(due)) {
            task.removeVariableLocal(DueDateNotes.VARIABLE);
        }
    }

    void mark(DelegateTask task) {
        Date due = task.getDueDate();
        if (due == null || task.getProcessDefinitionId() == null) {
            return;
        }
        WorkingDayCalendar days = calendar.getObject();
        if (days.isProvisional(due)
                && models.getObject().of(task.getProcessDefinitionId()).userTaskCountsWorkingDays(task.getTaskDefinitionKey())) {
            task.setVariableLocal(DueDateNotes.VARIABLE, DueDateNotes.provisional(days.countyDate(due).getYear()));
        }
    }
}
