package cn.qingyang.assistance.aid;

import static cn.qingyang.assistance.AsyncSteps.completeAndContinue;
import static cn.qingyang.assistance.discovery.CaseFixtures.*;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.qingyang.assistance.IntegrationTest;
import cn.qingyang.assistance.ProcessesUnderTest;
import cn.qingyang.assistance.aid.AssistanceProcesses.ExtremePovertyCare;
import cn.qingyang.assistance.discovery.CaseFixtures.Cases;
import cn.qingyang.assistance.traceability.Proves;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * ExtremePovertyCare (特困供养): a disabled 特困 person whose rights are at risk is cared for centrally
 * when willing, otherwise with material and service under a care agreement.
 */
@IntegrationTest
@ProcessesUnderTest({AssistanceProcesses.CARE_KEY})
class ExtremePovertyCareProcessIT {

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;

    @Autowired
    Cases cases;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
    }

    @Proves("N7-care")
    @Test
    void aDisabledExtremePovertyPersonAtRiskIsCaredForCentrally() {
        ProcessInstance pi = cases.routedCase(EXTREME_POVERTY_PERSON, true, RIGHTS_AT_RISK, true,
                WILLING_CENTRAL_CARE, true);
        cases.guideApplication(pi);
        ProcessInstance care = cases.called(pi, AssistanceProcesses.CARE_KEY);
        assertThat(task(care)).hasDefinitionKey(ExtremePovertyCare.TASK_ARRANGE_CENTRAL_CARE);
        completeAndContinue(care, Map.of(AssistanceProcesses.INSTITUTION_NAME, "乔木乡敬老院",
                AssistanceProcesses.ADMISSION_DATE, "2026-12-05"));
        assertThat(care).isEnded().hasPassed(ExtremePovertyCare.END_EVENT_CARE_ARRANGED);
        cases.finishLedger(pi);
        Assertions.assertThat(jdbc.sql("SELECT kind || ':' || institution_name FROM care_arrangement WHERE case_id = :case")
                .param("case", cases.caseId(pi)).query(String.class).single()).isEqualTo("CENTRAL_CARE:乔木乡敬老院");
    }

    @Proves("N7-care")
    @Test
    void anUnwillingPersonGetsMaterialAndServiceUnderACareAgreement() {
        ProcessInstance pi = cases.routedCase(EXTREME_POVERTY_PERSON, true, RIGHTS_AT_RISK, true,
                WILLING_CENTRAL_CARE, false);
        cases.guideApplication(pi);
        ProcessInstance care = cases.called(pi, AssistanceProcesses.CARE_KEY);
        completeAndContinue(care, Map.of(AssistanceProcesses.CAREGIVER_NAME, "王小芳", AssistanceProcesses.CAREGIVER_PHONE,
                "13900000000",
                AssistanceProcesses.CARE_DUTIES, "每日送餐、协助洗澡、打扫卫生", AssistanceProcesses.VISIT_FREQUENCY, "每日一次",
                AssistanceProcesses.AGREEMENT_DATE, "2026-12-01"));
        assertThat(care).isEnded().hasPassed(ExtremePovertyCare.TASK_SIGN_CARE_AGREEMENT);
        cases.finishLedger(pi);
        Assertions.assertThat(jdbc.sql("SELECT visit_frequency FROM care_arrangement WHERE case_id = :case AND kind = 'MATERIAL_SERVICE'")
                .param("case", cases.caseId(pi)).query(String.class).single()).isEqualTo("每日一次");
    }
}
