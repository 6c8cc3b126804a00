package cn.qingyang.assistance.workflow;

import cn.qingyang.assistance.intake.ReportIntakeProcess;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingyang.assistance.IntegrationTest;
import cn.qingyang.assistance.discovery.CaseFixtures;
import cn.qingyang.assistance.intake.CaseSummaries;
import cn.qingyang.assistance.intake.CaseSummary;
import cn.qingyang.assistance.discovery.DiscoveryCaseProcess;
import cn.qingyang.assistance.intake.RegistrationService;
import java.util.Map;
import java.util.Set;
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
    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Test
    void historyKeepsTheWorkflowAndOurTablesKeepTheCaseFile() {
        String idNumber = CaseFixtures.newIdNumber();
        String caseNumber = registration.register(CaseFixtures.report(idNumber, false, false), CaseFixtures.QIAOMU_CASEWORKER)
                .caseNumber();
        var pi = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult();
        var visit = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
        engine.getTaskService().complete(visit.getId(), CaseFixtures.completeVisit(pi));
        settle(pi);

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
        assertThat(historic).doesNotContainKeys(DiscoveryCaseProcess.CASE_SUMMARY, DiscoveryCaseProcess.CASE_TITLE,
                DiscoveryCaseProcess.PERSON_NAME, DiscoveryCaseProcess.PHONE,
                DiscoveryCaseProcess.DESCRIPTION, DiscoveryCaseProcess.INCOME_TRANSFER, DiscoveryCaseProcess.FINDINGS,
                ReportIntakeProcess.ID_NUMBER);
        assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(pi.getId()).count()).isZero();
        // ...which is in our tables
        assertThat(CaseSummaries.of(engine.getRuntimeService(), pi.getId(), CaseSummary.PERSON_NAME)).as("forms still show it")
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

    /** Issue 12 §5: a carer's phone, an objection's text, opinions and remarks are no part of the history. */
    @Test
    void freeTextsOfEveryFormAndProcessStayOutOfHistory() throws Exception {
        Set<String> freeTexts = new java.util.TreeSet<>();
        try (var forms = java.nio.file.Files.list(java.nio.file.Path.of("forms"))) {
            for (var form : forms.filter(f -> f.toString().endsWith(".form")).toList()) {
                collectFreeTextKeys(new com.fasterxml.jackson.databind.ObjectMapper().readTree(form.toFile()).path("components"),
                        freeTexts);
            }
        }
        assertThat(freeTexts).as("the forms' free-text fields, read here independently of the application")
                .contains("caregiverPhone", "caregiverName", "postApprovalOpinion", "townshipDibaoOpinion", "refusalReasons");
        freeTexts.remove(ReportIntakeProcess.ID_NUMBER); // a start form's field, never a variable of a case
        Set<String> otherFreeTexts = Set.of("objectionText", "eventDetail", "decisionDetail", "smsText");

        String caseNumber = registration.register(CaseFixtures.report(CaseFixtures.newIdNumber(), false, false),
                CaseFixtures.QIAOMU_CASEWORKER).caseNumber();
        var pi = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult();
        Map<String, Object> written = new java.util.HashMap<>();
        freeTexts.forEach(key -> written.put(key, "自由文本 " + key + " 13912345678"));
        otherFreeTexts.forEach(key -> written.put(key, "自由文本 " + key));
        written.put("probeFlag", "KEPT");
        engine.getRuntimeService().setVariables(pi.getId(), written);

        Set<String> historic = new java.util.HashSet<>();
        for (HistoricVariableInstance v : engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(pi.getId()).list()) {
            historic.add(v.getName());
        }
        assertThat(historic).as("a variable that is no free text is kept").contains("probeFlag");
        assertThat(historic).as("every form's free-text field").doesNotContainAnyElementsOf(freeTexts);
        assertThat(historic).as("free texts from messages, events and SMS").doesNotContainAnyElementsOf(otherFreeTexts);
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "caregiverPhone")).as("the running case still has it")
                .isEqualTo("自由文本 caregiverPhone 13912345678");
    }

    /** The DMN inputs the audit needs are kept (docs/history.md), and only the county reads them. */
    @Test
    void decisionHistoryIsTheCountysToRead() throws Exception {
        String caseNumber = registration.register(CaseFixtures.report(CaseFixtures.newIdNumber(), false, false),
                CaseFixtures.QIAOMU_CASEWORKER).caseNumber();
        var pi = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult();
        var visit = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
        engine.getTaskService().complete(visit.getId(), CaseFixtures.completeVisit(pi));
        settle(pi);
        String path = "/engine-rest/history/decision-instance?includeInputs=true&processInstanceId=" + pi.getId();
        var json = new com.fasterxml.jackson.databind.ObjectMapper();

        var county = cn.qingyang.assistance.Http.basic(port, "county-supervisor", "demo").get(path);
        assertThat(county.statusCode()).isEqualTo(200);
        assertThat(json.readTree(county.body())).as("the county audits the decisions with their inputs").isNotEmpty()
                .allSatisfy(decision -> assertThat(decision.path("inputs")).isNotEmpty());
        var township = cn.qingyang.assistance.Http.basic(port, "qiaomu-caseworker", "demo").get(path);
        assertThat(township.statusCode()).isIn(200, 403);
        if (township.statusCode() == 200) {
            assertThat(json.readTree(township.body())).as("a township reads no decision inputs").isEmpty();
        }
    }

    /** The async steps after the visit (recorder, join, decisions) run as the job executor would. */
    private void settle(org.camunda.bpm.engine.runtime.ProcessInstance pi) {
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine);
        cn.qingyang.assistance.AsyncSteps.settle(pi);
    }

    private static void collectFreeTextKeys(com.fasterxml.jackson.databind.JsonNode components, Set<String> keys) {
        for (var component : components) {
            if (Set.of("textfield", "textarea").contains(component.path("type").asText()) && component.has("key")) {
                keys.add(component.path("key").asText());
            }
            collectFreeTextKeys(component.path("components"), keys);
        }
    }
}
