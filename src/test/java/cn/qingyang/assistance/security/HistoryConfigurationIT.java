package cn.qingyang.assistance.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingyang.assistance.IntegrationTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** History as docs/history.md says: our level, 10 years after the end, cleaned up at night. */
@IntegrationTest
class HistoryConfigurationIT {

    @Autowired
    ProcessEngine engine;

    @Test
    void historyIsKeptTenYearsAfterTheEndAndCleanedAtNight() {
        var config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(config.getHistoryLevel().getName()).isEqualTo("full-without-id-numbers");
        assertThat(config.getHistoryRemovalTimeStrategy()).isEqualTo("end");
        assertThat(config.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
        assertThat(config.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
        assertThat(config.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
        var ours = engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list().stream()
                .filter(definition -> definition.getResourceName().contains("bpmn/")).toList();
        assertThat(ours).as("the diagrams under bpmn/").hasSizeGreaterThanOrEqualTo(15)
                .allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).as(definition.getKey()).isEqualTo(3650));
        assertThat(engine.getRepositoryService().createDecisionDefinitionQuery().latestVersion().list())
                .isNotEmpty().allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).isEqualTo(3650));
    }
}
