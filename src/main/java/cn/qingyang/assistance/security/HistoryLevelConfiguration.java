package cn.qingyang.assistance.security;

import cn.qingyang.assistance.discovery.DiscoveryCaseProcess;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.stereotype.Component;

/** Registers {@link WorkflowHistoryLevel}; application.yaml selects it by name. */
@Component
public class HistoryLevelConfiguration extends AbstractCamundaConfiguration {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryLevel> levels = configuration.getCustomHistoryLevels() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomHistoryLevels());
        levels.add(new WorkflowHistoryLevel(Set.of(DiscoveryCaseProcess.INTAKE_ID_NUMBER),
                DiscoveryCaseProcess.CASE_FILE_FIELDS));
        configuration.setCustomHistoryLevels(levels);
    }
}
