package cn.qingyang.assistance.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingyang.assistance.IntegrationTest;
import cn.qingyang.assistance.discovery.CaseFixtures;
import cn.qingyang.assistance.discovery.DiscoveryCaseProcess;
import cn.qingyang.assistance.discovery.RegistrationService;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** History as docs/history.md says: our level, 10 years after the end, cleaned up at night. */
@IntegrationTest
class HistoryConfigurationIT {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RegistrationService registration;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void historyKeepsTheWorkflowAndOurTablesKeepTheCaseFile() {
        String idNumber = CaseFixtures.newIdNumber();
        String caseNumber = registration.register(CaseFixtures.report(idNumber, false, false), CaseFixtures.QIAOMU_CASEWORKER)
                .caseNumber();
        var pi = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult();
        var visit = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
        engine.getTaskService().complete(visit.getId(), CaseFixtures.completeVisit());

        Map<String, Object> historic = new java.util.HashMap<>();
        for (HistoricVariableInstance v : engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(pi.getId()).list()) {
            historic.put(v.getName(), v.getValue());
        }
        // the workflow: IDs, flags and decisions, and who did the task when
        assertThat(historic).containsEntry(DiscoveryCaseProcess.CASE_NUMBER, caseNumber)
                .containsEntry(DiscoveryCaseProcess.PERSON_SEEN, "YES")
                .containsEntry(DiscoveryCaseProcess.INVESTIGATION_CONCLUSION, "COMPLETE")
                .containsKeys(DiscoveryCaseProcess.CASE_ID, DiscoveryCaseProcess.URGENT, DiscoveryCaseProcess.CATEGORY);
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(visit.getId()).singleResult()
                .getEndTime()).isNotNull();
        assertThat(engine.getHistoryService().createHistoricDecisionInstanceQuery().processInstanceId(pi.getId())
                .includeInputs().list()).as("DMN evaluations with their inputs").isNotEmpty()
                .allSatisfy(decision -> assertThat(decision.getInputs()).isNotEmpty());
        // not a second copy of the case file, and no detail row per form field
        assertThat(historic).doesNotContainKeys(DiscoveryCaseProcess.PERSON_NAME, DiscoveryCaseProcess.PHONE,
                DiscoveryCaseProcess.DESCRIPTION, DiscoveryCaseProcess.INCOME_TRANSFER, DiscoveryCaseProcess.FINDINGS,
                DiscoveryCaseProcess.INTAKE_ID_NUMBER);
        assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(pi.getId()).count()).isZero();
        // ...which is in our tables
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), DiscoveryCaseProcess.PERSON_NAME)).as("forms still show it")
                .isEqualTo("王大山");
        assertThat(jdbc.sql("SELECT v.findings FROM home_visit v JOIN discovery_case c ON c.id = v.case_id "
                + "WHERE c.case_number = :n").param("n", caseNumber).query(String.class).single())
                .isEqualTo(CaseFixtures.completeVisit().get(DiscoveryCaseProcess.FINDINGS));
    }

    @Test
    void historyIsKeptTenYearsAfterTheEndAndCleanedAtNight() {
        var config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(config.getHistoryLevel().getName()).isEqualTo("workflow");
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
