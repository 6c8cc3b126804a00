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
 * year is entered.
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
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                    behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, mark);
                }
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
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
