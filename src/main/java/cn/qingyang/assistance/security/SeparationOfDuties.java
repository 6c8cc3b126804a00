package cn.qingyang.assistance.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.stereotype.Component;

/**
 * Separation of duties, in the engine: every user task whose model declares duties
 * ({@link TaskDuties}: leader-only, who did it, four eyes) gets a built-in task listener for
 * assignment and completion, so a claim, an assignee, a completion or a submitted form through
 * {@code /engine-rest}, Tasklist or our own code is checked alike. Township teams keep their one
 * grant on every task of their township ({@link TownshipTaskAuthorizations}: no authorization row
 * per task); the duties narrow what that grant allows, task by task, as the model says.
 */
@Component
class SeparationOfDuties extends AbstractCamundaConfiguration {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new DutiesFromModel());
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    static final class DutiesFromModel extends AbstractBpmnParseListener {

        @Override
        public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
            TaskDuties duties = dutiesOf(userTaskElement);
            if (duties.declaresAnything() && activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, duties);
                behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, duties);
            }
        }
    }

    static TaskDuties dutiesOf(Element userTask) {
        boolean candidateGroupsOnly = false;
        String recordCompletedBy = null;
        List<String> separateFrom = new ArrayList<>();
        Element extensions = userTask.element("extensionElements");
        Element properties = extensions == null ? null : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
        if (properties != null) {
            for (Element property : properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
                String name = property.attribute("name");
                String value = property.attribute("value");
                if (value == null || value.isBlank()) {
                    continue;
                }
                if (TaskDuties.CANDIDATE_GROUPS_ONLY.equals(name)) {
                    candidateGroupsOnly = Boolean.parseBoolean(value.trim());
                } else if (TaskDuties.RECORD_COMPLETED_BY.equals(name)) {
                    recordCompletedBy = value.trim();
                } else if (TaskDuties.SEPARATE_FROM.equals(name)) {
                    Arrays.stream(value.split(",")).map(String::trim).filter(v -> !v.isEmpty()).forEach(separateFrom::add);
                }
            }
        }
        return new TaskDuties(candidateGroupsOnly, recordCompletedBy, separateFrom);
    }
}
