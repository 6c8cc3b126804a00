package cn.qingyang.assistance.aid;

import static cn.qingyang.assistance.discovery.CaseFixtures.*;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.qingyang.assistance.IntegrationTest;
import cn.qingyang.assistance.ProcessesUnderTest;
import cn.qingyang.assistance.aid.AssistanceProcesses.DepartmentReferral;
import cn.qingyang.assistance.discovery.CaseFixtures.Cases;
import cn.qingyang.assistance.traceability.Proves;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * DepartmentReferral (转介): the department is notified by an async job and answers within 15
 * working days, or the county is asked to press it. The answered path is also driven by
 * {@code DibaoAssistanceProcessIT}.
 */
@IntegrationTest
@ProcessesUnderTest({AssistanceProcesses.REFERRAL_KEY})
class DepartmentReferralProcessIT {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    JdbcClient jdbc;

    @Autowired
    Cases cases;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
    }

    @Proves("N7-referral")
    @Test
    void aReferralUnansweredForFifteenWorkingDaysIsEscalatedToTheCounty() {
        ProcessInstance pi = cases.routedCase(HOUSING_NEED, true);
        ProcessInstance referral = cases.called(pi, AssistanceProcesses.REFERRAL_KEY);
        execute(job(DepartmentReferral.TASK_NOTIFY_DEPARTMENT, referral));
        assertThat(task(referral)).hasCandidateGroup("dept-housing");
        execute(job(DepartmentReferral.BOUNDARY_EVENT_REFERRAL_OVERDUE, referral));
        assertThat(referral).isWaitingAt(DepartmentReferral.TASK_ANSWER_REFERRAL, DepartmentReferral.TASK_ESCALATE_REFERRAL);
        complete(task(DepartmentReferral.TASK_ESCALATE_REFERRAL, referral),
                Map.of(AssistanceProcesses.REFERRAL_ESCALATION_NOTE, "请住建局三日内答复"));
        complete(task(DepartmentReferral.TASK_ANSWER_REFERRAL, referral), Map.of(AssistanceProcesses.REFERRAL_RESULT,
                "DECLINED",
                AssistanceProcesses.REFERRAL_ANSWER, "已享受农村危房改造，不重复救助"));
        assertThat(referral).isEnded().hasPassed(DepartmentReferral.END_EVENT_REFERRAL_ESCALATED,
                DepartmentReferral.END_EVENT_REFERRAL_ANSWERED);
        cases.finishLedger(pi);
    }
}
