package cn.qingyang.assistance.oversight.inspection;

import static cn.qingyang.assistance.oversight.OversightFixtures.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.qingyang.assistance.IntegrationTest;
import cn.qingyang.assistance.ProcessesUnderTest;
import cn.qingyang.assistance.TestIdNumbers;
import cn.qingyang.assistance.discovery.DiscoveryCaseProcess;
import cn.qingyang.assistance.intake.RegistrationService;
import cn.qingyang.assistance.intake.ReportRequest;
import cn.qingyang.assistance.oversight.FiguresTable;
import cn.qingyang.assistance.oversight.OversightFigures;
import cn.qingyang.assistance.oversight.OversightFixtures;
import cn.qingyang.assistance.oversight.OversightPeriod;
import cn.qingyang.assistance.oversight.TownshipFigures;
import cn.qingyang.assistance.oversight.inspection.InspectionProcess.QuarterlyInspection;
import cn.qingyang.assistance.oversight.inspection.InspectionProcess.TownshipInspection;
import cn.qingyang.assistance.security.CallerScope;
import cn.qingyang.assistance.traceability.Proves;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * County oversight, the quarterly guidance inspection (clause 11 of the notice): every township is
 * inspected each quarter on its figures, and findings are rectified by the township until the
 * county verifies them.
 */
@IntegrationTest
@ProcessesUnderTest({InspectionProcess.PROCESS_KEY, InspectionProcess.TOWNSHIP_PROCESS_KEY})
class InspectionProcessIT {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OversightFigures figures;
    @Autowired
    RegistrationService registration;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
    }

    private ProcessInstance inspection(String quarter, String township) {
        return runtime.startProcessInstanceByKey(InspectionProcess.TOWNSHIP_PROCESS_KEY,
                Map.of(InspectionProcess.INSPECTION_QUARTER, quarter, InspectionProcess.TOWNSHIP_CODE, township));
    }

    private String inspectionStatus(String quarter, String township) {
        return jdbc.sql("SELECT status FROM quarterly_inspection WHERE inspection_quarter = :q AND township_code = :t")
                .param("q", quarter).param("t", township).query(String.class).single();
    }

    private List<ProcessInstance> children(ProcessInstance parent) {
        return runtime.createProcessInstanceQuery().superProcessInstanceId(parent.getId()).list();
    }

    @Proves("N11-inspection")
    @Test
    void eachQuarterTheCountyInspectsEveryTownshipAndClosesThoseWithoutFindings() {
        var timer = management.createJobQuery().processDefinitionKey(InspectionProcess.PROCESS_KEY).timers().singleResult();
        Assertions.assertThat(timer).as("the quarterly timer is scheduled").isNotNull();
        Assertions.assertThat(OffsetDateTime.ofInstant(timer.getDuedate().toInstant(), BEIJING))
                .satisfies(due -> Assertions.assertThat(due.getDayOfMonth()).isEqualTo(5))
                .satisfies(due -> Assertions.assertThat(due.getMonthValue() % 3).isEqualTo(1))
                .satisfies(due -> Assertions.assertThat(due.getHour()).isEqualTo(9));
        management.executeJob(timer.getId());

        ProcessInstance quarter = runtime.createProcessInstanceQuery().processDefinitionKey(InspectionProcess.PROCESS_KEY)
                .singleResult();
        assertThat(quarter).isWaitingAt(QuarterlyInspection.CALL_ACTIVITY_TOWNSHIP_INSPECTIONS);
        String inspected = (String) runtime.getVariable(quarter.getId(), InspectionProcess.INSPECTION_QUARTER);
        Assertions.assertThat(inspected).isEqualTo(OversightPeriod.quarterOf(LocalDate.now(BEIJING).minusMonths(3)));
        List<ProcessInstance> townships = children(quarter);
        Assertions.assertThat(townships).hasSize(14).allSatisfy(t -> Assertions.assertThat(t.getTenantId()).isNotNull());
        for (ProcessInstance township : townships) {
            assertThat(township).isWaitingAt(TownshipInspection.TASK_INSPECT_TOWNSHIP);
            assertThat(task(township)).hasCandidateGroup("county-civil-affairs").hasName("季度指导检查");
            Assertions.assertThat((String) runtime.getVariable(township.getId(), InspectionProcess.INSPECTION_SUMMARY))
                    .contains("收到遇困报告（合计）", "入户调查评估按时完成", "走访不见人");
            complete(task(township), vars(InspectionProcess.INSPECTION_FINDINGS, "台账齐全，未发现问题",
                    InspectionProcess.RECTIFICATION_REQUIRED, "NO"));
            assertThat(township).isEnded().hasPassed(TownshipInspection.END_EVENT_NO_RECTIFICATION);
        }
        assertThat(quarter).isEnded().hasPassed(QuarterlyInspection.END_EVENT_QUARTER_INSPECTED);
        Assertions.assertThat(inspectionStatus(inspected, JIUHUAXIANG)).isEqualTo("CLOSED");
        Assertions.assertThat(management.createJobQuery().processDefinitionKey(InspectionProcess.PROCESS_KEY).timers().count())
                .as("next quarter is scheduled").isOne();
    }

    @Proves("N11-inspection")
    @Test
    void findingsAreRectifiedByTheTownshipUntilTheCountyVerifiesThem() {
        ProcessInstance pi = inspection("2031-Q1", JIUHUAXIANG);
        Assertions.assertThat(pi.getTenantId()).isEqualTo(JIUHUAXIANG);
        complete(task(pi), vars(InspectionProcess.INSPECTION_FINDINGS, "3 户走访不见人未再次走访",
                InspectionProcess.RECTIFICATION_REQUIRED, "YES"));

        assertThat(pi).isWaitingAt(TownshipInspection.TASK_RECTIFY);
        assertThat(task(pi)).hasCandidateGroup("township-" + JIUHUAXIANG).hasName("落实整改");
        Assertions.assertThat(task(pi).getDueDate()).as("due in 15 working days")
                .isAfter(java.util.Date.from(OffsetDateTime.now().plusDays(14).toInstant()));
        Assertions.assertThat(inspectionStatus("2031-Q1", JIUHUAXIANG)).isEqualTo("RECTIFYING");
        complete(task(pi), vars(InspectionProcess.RECTIFICATION_REPORT, "已安排再次走访"));

        assertThat(pi).isWaitingAt(TownshipInspection.TASK_VERIFY_RECTIFICATION);
        assertThat(task(pi)).hasCandidateGroup("county-civil-affairs");
        complete(task(pi), vars(InspectionProcess.VERIFICATION_RESULT, "NOT_VERIFIED",
                InspectionProcess.VERIFICATION_NOTE, "仍有 1 户未见到本人"));
        assertThat(pi).isWaitingAt(TownshipInspection.TASK_RECTIFY);
        complete(task(pi), vars(InspectionProcess.RECTIFICATION_REPORT, "3 户均已见到本人并完成评估"));
        complete(task(pi), vars(InspectionProcess.VERIFICATION_RESULT, "VERIFIED"));

        assertThat(pi).isEnded().hasPassed(TownshipInspection.END_EVENT_RECTIFICATION_VERIFIED);
        Map<String, Object> row = jdbc.sql("SELECT status, verification_rounds, rectification_report FROM quarterly_inspection "
                + "WHERE inspection_quarter = '2031-Q1' AND township_code = :t").param("t", JIUHUAXIANG).query().singleRow();
        Assertions.assertThat(row).containsEntry("STATUS", "VERIFIED").containsEntry("VERIFICATION_ROUNDS", 2)
                .containsEntry("RECTIFICATION_REPORT", "3 户均已见到本人并完成评估");
    }

    @Test
    void inspectionTasksLeftIncompleteAreRefusedInChinese() {
        ProcessInstance pi = inspection("2031-Q2", JIUHUAXIANG);
        assertThatThrownBy(() -> complete(task(pi), vars(InspectionProcess.INSPECTION_FINDINGS, " ")))
                .hasMessageContaining("请填写检查发现的问题").hasMessageContaining("请选择是否需要整改");
        complete(task(pi), vars(InspectionProcess.INSPECTION_FINDINGS, "回访不及时",
                InspectionProcess.RECTIFICATION_REQUIRED, "YES"));
        assertThatThrownBy(() -> complete(task(pi), vars())).hasMessageContaining("请填写整改情况报告");
        complete(task(pi), vars(InspectionProcess.RECTIFICATION_REPORT, "已补回访"));
        assertThatThrownBy(() -> complete(task(pi), vars(InspectionProcess.VERIFICATION_RESULT, "NOT_VERIFIED")))
                .hasMessageContaining("未整改到位的，请写明仍存在的问题");
        assertThat(pi).isWaitingAt(TownshipInspection.TASK_VERIFY_RECTIFICATION);
    }

    @Proves("N11-inspection")
    @Test
    void theQuarterFiguresCountReportsVisitsOnTimeAndPeopleNotSeen() {
        OversightPeriod quarter = OversightPeriod.quarter(OversightPeriod.quarterOf(LocalDate.now(BEIJING)), BEIJING);
        TownshipFigures before = figures.township(JIUHUAXIANG, quarter);

        String idNumber = TestIdNumbers.withCheckDigit("34172319670808" + String.format("%03d",
                (int) (System.nanoTime() % 1000)));
        var report = new ReportRequest("hotline_12345", JIUHUAXIANG, null, "12345 热线转办",
                new ReportRequest.PersonData("季度测试", idNumber, null), "独居老人无人照料", false, false, null);
        String caseNumber = registration.register(report, new CallerScope("admin", List.of("camunda-admin"))).caseNumber();
        ProcessInstance visit = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult();
        complete(task(DiscoveryCaseProcess.TASK_VISIT_HOUSEHOLD, visit), vars(DiscoveryCaseProcess.VISIT_DATE,
                LocalDate.now().toString(), DiscoveryCaseProcess.INVESTIGATOR_1, "王建华", DiscoveryCaseProcess.INVESTIGATOR_2,
                "李秀兰", DiscoveryCaseProcess.PERSON_SEEN, "NO", DiscoveryCaseProcess.NOT_SEEN_REASON, "外出务工"));
        cn.qingyang.assistance.AsyncSteps.settle(visit); // the visit is recorded in the step after the task

        TownshipFigures after = figures.township(JIUHUAXIANG, quarter);
        Assertions.assertThat(after.reportsByChannel().getOrDefault("hotline_12345", 0L))
                .isEqualTo(before.reportsByChannel().getOrDefault("hotline_12345", 0L) + 1);
        Assertions.assertThat(after.visitsDone()).isEqualTo(before.visitsDone() + 1);
        Assertions.assertThat(after.visitsOnTime()).isEqualTo(before.visitsOnTime() + 1);
        Assertions.assertThat(after.unseenVisits()).isEqualTo(before.unseenVisits() + 1);
        Assertions.assertThat(FiguresTable.markdown(after)).contains("其中：12345 热线");
        Assertions.assertThat(figures.township(JIUHUAXIANG, OversightPeriod.quarter("2031-Q4", BEIJING)).reportsTotal())
                .as("another quarter").isZero();
    }
}
