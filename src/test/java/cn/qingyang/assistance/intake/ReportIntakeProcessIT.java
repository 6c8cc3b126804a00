package cn.qingyang.assistance.intake;

import static cn.qingyang.assistance.discovery.CaseFixtures.*;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.qingyang.assistance.IntegrationTest;
import cn.qingyang.assistance.ProcessesUnderTest;
import cn.qingyang.assistance.crypto.BlindIndex;
import cn.qingyang.assistance.intake.ReportIntakeProcess.ReportIntake;
import cn.qingyang.assistance.traceability.Proves;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * ReportIntake: the report form a village collector starts in Tasklist registers the report through
 * the same service as the API, in the collector's township, and leaves no full ID number in history.
 */
@IntegrationTest
@ProcessesUnderTest({ReportIntakeProcess.PROCESS_KEY})
class ReportIntakeProcessIT {

    @Autowired
    ProcessEngine engine;
    @Autowired
    BlindIndex index;
    @Autowired
    RuntimeService runtime;
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    HistoryService history;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
    }

    @Proves("N3")
    @Test
    void theTasklistReportFormOpensACaseLikeTheApi() {
        String idNumber = newIdNumber();
        ProcessInstance intake;
        identity.setAuthentication("lingtang-collector", List.of("village-341723200201"));
        try {
            intake = runtime.startProcessInstanceByKey(ReportIntakeProcess.PROCESS_KEY, Map.of(
                    CHANNEL, "village_sweep", PERSON_NAME, "刘小花", ReportIntakeProcess.ID_NUMBER, idNumber,
                    DESCRIPTION, "因病致贫", URGENT, false, RELATED_TO_STAFF, false));
        } finally {
            identity.clearAuthentication();
        }
        assertThat(intake).isEnded().hasPassed(ReportIntake.TASK_REGISTER_REPORT, ReportIntake.END_EVENT_REPORT_REGISTERED);
        Assertions.assertThat(intake.getTenantId()).as("the collector's township").isEqualTo("341723200");
        String caseNumber = jdbc.sql("SELECT c.case_number FROM discovery_case c JOIN person p ON p.id = c.person_id "
                + "WHERE p.id_number_index = :id").param("id", index.of(idNumber)).query(String.class).single();
        Assertions.assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count()).isOne();
        Assertions.assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(intake.getId())
                .variableName(ReportIntakeProcess.ID_NUMBER).count()).as("no full ID number in history").isZero();
        Assertions.assertThat(history.createHistoricDetailQuery().processInstanceId(intake.getId()).list())
                .noneMatch(detail -> detail.toString().contains(idNumber.substring(6, 14)));
    }
}
