package cn.qingyang.assistance.workflow;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.stereotype.Component;

/**
 * Registers {@link WorkflowHistoryLevel}; application.yaml selects it by name. Left out of the
 * history: what the features declare ({@link LeftOutOfHistory}: full ID numbers, the case file's
 * fields), every free-text field of every form we deploy ({@link FreeTextFields}), and the free texts that reach the processes otherwise
 * ({@link HistoryProperties#leftOutVariables()}: an objection's text, event and decision details
 * written from opinions, an SMS's wording).
 */
@Component
public class HistoryLevelConfiguration extends AbstractCamundaConfiguration {

    private final List<LeftOutOfHistory> declared;
    private final List<String> configured;
    private final String forms;

    public HistoryLevelConfiguration(List<LeftOutOfHistory> declared, HistoryProperties properties) {
        this.declared = List.copyOf(declared);
        this.configured = properties.leftOutVariables();
        this.forms = properties.freeTextForms();
    }

    /** Every variable the history leaves out besides full ID numbers. */
    Set<String> leftOut() {
        Set<String> leftOut = new HashSet<>();
        declared.forEach(feature -> leftOut.addAll(feature.variables()));
        leftOut.addAll(FreeTextFields.inForms(forms));
        leftOut.addAll(configured);
        return leftOut;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryLevel> levels = configuration.getCustomHistoryLevels() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomHistoryLevels());
        Set<String> idNumbers = new HashSet<>();
        declared.forEach(feature -> idNumbers.addAll(feature.idNumberVariables()));
        levels.add(new WorkflowHistoryLevel(idNumbers, leftOut()));
        configuration.setCustomHistoryLevels(levels);
    }
}
