package cn.qingyang.assistance.oversight;

import cn.qingyang.assistance.oversight.assessment.AssessmentProcess;
import cn.qingyang.assistance.oversight.inspection.InspectionProcess;
import cn.qingyang.assistance.oversight.spotcheck.SpotCheckProcess;
import cn.qingyang.assistance.oversight.spotcheck.SpotCheckService;

import cn.qingyang.assistance.crypto.BlindIndex;
import cn.qingyang.assistance.crypto.FieldCipher;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.qingyang.assistance.IntegrationTest;
import cn.qingyang.assistance.TestIdNumbers;
import cn.qingyang.assistance.discovery.DiscoveryCaseProcess;
import cn.qingyang.assistance.intake.RegistrationService;
import cn.qingyang.assistance.intake.ReportRequest;
import cn.qingyang.assistance.security.CallerScope;
import cn.qingyang.assistance.traceability.Proves;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.HistoryService;
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
 * County oversight (clause 11 of the notice): the quarterly guidance inspection of every township
 * with rectification until verified, the monthly random spot check of approved recipients, and
 * the annual assessment reviewed by the county.
 */
@IntegrationTest
class OversightProcessIT {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final String JIUHUAXIANG = "341723203";
    static final String ZHUBEI = "341723106";
    static final String YANGTIAN = "341723107";

    @Autowired
    FieldCipher cipher;

    @Autowired
    BlindIndex index;

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OversightFigures figures;
    @Autowired
    SpotCheckService spotChecks;
    @Autowired
    RegistrationService registration;

    OversightFixtures fixtures;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        fixtures = new OversightFixtures(jdbc, cipher, index);
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

    private static Map<String, Object> vars(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    // ---------------- QuarterlyInspection ----------------

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
        assertThat(quarter).isWaitingAt("CallActivity_TownshipInspections");
        String inspected = (String) runtime.getVariable(quarter.getId(), InspectionProcess.INSPECTION_QUARTER);
        Assertions.assertThat(inspected).isEqualTo(OversightPeriod.quarterOf(LocalDate.now(BEIJING).minusMonths(3)));
        List<ProcessInstance> townships = children(quarter);
        Assertions.assertThat(townships).hasSize(14).allSatisfy(t -> Assertions.assertThat(t.getTenantId()).isNotNull());
        for (ProcessInstance township : townships) {
            assertThat(township).isWaitingAt("Task_InspectTownship");
            assertThat(task(township)).hasCandidateGroup("county-civil-affairs").hasName("季度指导检查");
            Assertions.assertThat((String) runtime.getVariable(township.getId(), InspectionProcess.INSPECTION_SUMMARY))
                    .contains("收到遇困报告（合计）", "入户调查评估按时完成", "走访不见人");
            complete(task(township), vars(InspectionProcess.INSPECTION_FINDINGS, "台账齐全，未发现问题",
                    InspectionProcess.RECTIFICATION_REQUIRED, "NO"));
            assertThat(township).isEnded().hasPassed("EndEvent_NoRectification");
        }
        assertThat(quarter).isEnded().hasPassed("EndEvent_QuarterInspected");
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

        assertThat(pi).isWaitingAt("Task_Rectify");
        assertThat(task(pi)).hasCandidateGroup("township-" + JIUHUAXIANG).hasName("落实整改");
        Assertions.assertThat(task(pi).getDueDate()).as("due in 15 working days")
                .isAfter(java.util.Date.from(OffsetDateTime.now().plusDays(14).toInstant()));
        Assertions.assertThat(inspectionStatus("2031-Q1", JIUHUAXIANG)).isEqualTo("RECTIFYING");
        complete(task(pi), vars(InspectionProcess.RECTIFICATION_REPORT, "已安排再次走访"));

        assertThat(pi).isWaitingAt("Task_VerifyRectification");
        assertThat(task(pi)).hasCandidateGroup("county-civil-affairs");
        complete(task(pi), vars(InspectionProcess.VERIFICATION_RESULT, "NOT_VERIFIED",
                InspectionProcess.VERIFICATION_NOTE, "仍有 1 户未见到本人"));
        assertThat(pi).isWaitingAt("Task_Rectify");
        complete(task(pi), vars(InspectionProcess.RECTIFICATION_REPORT, "3 户均已见到本人并完成评估"));
        complete(task(pi), vars(InspectionProcess.VERIFICATION_RESULT, "VERIFIED"));

        assertThat(pi).isEnded().hasPassed("EndEvent_RectificationVerified");
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
        complete(task(pi), vars(InspectionProcess.INSPECTION_FINDINGS, "回访不及时", InspectionProcess.RECTIFICATION_REQUIRED, "YES"));
        assertThatThrownBy(() -> complete(task(pi), vars())).hasMessageContaining("请填写整改情况报告");
        complete(task(pi), vars(InspectionProcess.RECTIFICATION_REPORT, "已补回访"));
        assertThatThrownBy(() -> complete(task(pi), vars(InspectionProcess.VERIFICATION_RESULT, "NOT_VERIFIED")))
                .hasMessageContaining("未整改到位的，请写明仍存在的问题");
        assertThat(pi).isWaitingAt("Task_VerifyRectification");
    }

    @Proves("N11-inspection")
    @Test
    void theQuarterFiguresCountReportsVisitsOnTimeAndPeopleNotSeen() {
        OversightPeriod quarter = OversightPeriod.quarter(OversightPeriod.quarterOf(LocalDate.now(BEIJING)), BEIJING);
        TownshipFigures before = figures.township(JIUHUAXIANG, quarter);

        String idNumber = TestIdNumbers.withCheckDigit("34172319670808" + String.format("%03d", (int) (System.nanoTime() % 1000)));
        var report = new ReportRequest("hotline_12345", JIUHUAXIANG, null, "12345 热线转办",
                new ReportRequest.PersonData("季度测试", idNumber, null), "独居老人无人照料", false, false, null);
        String caseNumber = registration.register(report, new CallerScope("admin", List.of("camunda-admin"))).caseNumber();
        ProcessInstance visit = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult();
        complete(task(DiscoveryCaseProcess.TASK_VISIT_HOUSEHOLD, visit), vars(DiscoveryCaseProcess.VISIT_DATE,
                LocalDate.now().toString(), DiscoveryCaseProcess.INVESTIGATOR_1, "王建华", DiscoveryCaseProcess.INVESTIGATOR_2,
                "李秀兰", DiscoveryCaseProcess.PERSON_SEEN, "NO", DiscoveryCaseProcess.NOT_SEEN_REASON, "外出务工"));

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

    // ---------------- RandomSpotCheck ----------------

    /** 10 特困 and 20 低保 recipients of 朱备镇 approved in May 2031 (one related to staff), and one refusal. */
    private void drawMay2031() {
        OffsetDateTime may = OffsetDateTime.of(2031, 5, 12, 10, 0, 0, 0, BEIJING.getRules().getOffset(java.time.Instant.now()));
        for (int i = 0; i < 10; i++) {
            fixtures.careArranged(fixtures.closedCase(ZHUBEI, false), may);
        }
        for (int i = 0; i < 20; i++) {
            fixtures.dibaoApproved(fixtures.closedCase(ZHUBEI, i == 7), may);
        }
        fixtures.dibaoRefused(fixtures.closedCase(ZHUBEI, false), may);
        fixtures.temporaryPaid(fixtures.closedCase(ZHUBEI, false), may.minusMonths(1)); // April: not this draw
    }

    @Proves({"N11-spot-check", "T-spot-check-30pct"})
    @Test
    void theMonthlyDrawChecksThirtyPercentOfSpecialTenPercentOfOthersAndEveryRelatedCaseReproducibly() {
        drawMay2031();
        ProcessInstance month = runtime.startProcessInstanceByKey(SpotCheckProcess.PROCESS_KEY,
                Map.of(SpotCheckProcess.DRAW_MONTH, "2031-05"));
        assertThat(month).isWaitingAt("CallActivity_VerifySample");
        List<ProcessInstance> checks = children(month);
        Assertions.assertThat(checks).as("ceil(30% of 10) + ceil(10% of 20)").hasSize(5)
                .allSatisfy(c -> Assertions.assertThat(c.getTenantId()).isEqualTo(ZHUBEI));

        var draw = spotChecks.find("2031-05").orElseThrow();
        Assertions.assertThat(draw.population()).as("the refusal and April's payment are not candidates").isEqualTo(30);
        Assertions.assertThat(draw.sampled()).isEqualTo(5);
        Assertions.assertThat(String.valueOf(draw.seed()))
                .isEqualTo(runtime.getVariable(month.getId(), SpotCheckProcess.DRAW_SEED));
        var items = spotChecks.items(draw.id());
        Assertions.assertThat(items.stream().filter(i -> i.sampled() && i.stratum().equals("SPECIAL")).count()).isEqualTo(3);
        Assertions.assertThat(items.stream().filter(i -> i.relatedToStaff()).toList())
                .singleElement().satisfies(i -> Assertions.assertThat(i.sampleReason()).isEqualTo("RELATED_TO_STAFF"));
        Assertions.assertThat(spotChecks.reproduces(draw)).as("the recorded seed repeats the draw").isTrue();
        Assertions.assertThat(spotChecks.reproduces(new SpotCheckService.Draw(draw.id(), draw.month(), draw.seed() + 1,
                draw.specialRate(), draw.otherRate(), draw.population(), draw.sampled(), false)))
                .as("another seed draws another sample").isFalse();

        ProcessInstance again = runtime.startProcessInstanceByKey(SpotCheckProcess.PROCESS_KEY,
                Map.of(SpotCheckProcess.DRAW_MONTH, "2031-05"));
        assertThat(again).isEnded().hasPassed("EndEvent_AlreadyDrawn");
        Assertions.assertThat(children(month)).hasSize(5);

        ProcessInstance normal = checks.get(0);
        assertThat(normal).isWaitingAt("Task_VerifyRecipient");
        assertThat(task(normal)).hasCandidateGroup("county-civil-affairs").hasName("抽查核实");
        Assertions.assertThat(runtime.getVariables(normal.getId())).containsKeys(SpotCheckProcess.CASE_NUMBER,
                SpotCheckProcess.RECIPIENT_KIND_LABEL, SpotCheckProcess.SAMPLE_REASON_LABEL)
                .containsEntry(SpotCheckProcess.APPROVED_ON, "2031-05-12")
                .hasEntrySatisfying(SpotCheckProcess.ID_NUMBER_MASKED, v -> Assertions.assertThat(v.toString()).contains("********"));
        assertThatThrownBy(() -> complete(task(normal), vars(SpotCheckProcess.OUTCOME, "OK")))
                .hasMessageContaining("请选择核实结论").hasMessageContaining("请填写核实情况");
        complete(task(normal), vars(SpotCheckProcess.OUTCOME, "NORMAL", SpotCheckProcess.FINDINGS, "入户核实，情况属实"));
        assertThat(normal).isEnded().hasPassed("EndEvent_RecipientConfirmed");

        ProcessInstance favour = checks.get(1);
        complete(task(favour), vars(SpotCheckProcess.OUTCOME, "FAVOUR", SpotCheckProcess.FINDINGS, "家庭有经营性收入未申报"));
        assertThat(favour).isWaitingAt("Task_CorrectFinding");
        assertThat(task(favour)).hasCandidateGroup("township-" + ZHUBEI).hasName("整改抽查问题");
        assertThatThrownBy(() -> complete(task(favour), vars())).hasMessageContaining("请填写整改结果");
        complete(task(favour), vars(SpotCheckProcess.CORRECTION, "已停发低保，追回多发资金"));
        assertThat(favour).isEnded().hasPassed("EndEvent_FindingCorrected");

        var checked = spotChecks.items(draw.id()).stream().filter(i -> i.outcome() != null).toList();
        Assertions.assertThat(checked).extracting(SpotCheckService.Item::outcome).containsExactlyInAnyOrder("NORMAL", "FAVOUR");
        Assertions.assertThat(checked).filteredOn(i -> i.outcome().equals("FAVOUR")).singleElement()
                .satisfies(i -> Assertions.assertThat(i.correction()).isEqualTo("已停发低保，追回多发资金"));
        TownshipFigures now = figures.township(ZHUBEI, OversightPeriod.year(LocalDate.now(BEIJING).getYear(), BEIJING));
        Assertions.assertThat(now.spotCheckFindings()).as("the finding counts in the assessment").isGreaterThanOrEqualTo(1);

        for (ProcessInstance rest : checks.subList(2, 5)) {
            complete(task(rest), vars(SpotCheckProcess.OUTCOME, "NORMAL", SpotCheckProcess.FINDINGS, "调阅档案，材料齐全"));
        }
        assertThat(month).isEnded().hasPassed("EndEvent_SpotCheckDone");
    }

    @Proves("N11-spot-check")
    @Test
    void theMonthlyTimerDrawsLastMonthsApprovals() {
        var timer = management.createJobQuery().processDefinitionKey(SpotCheckProcess.PROCESS_KEY).timers().singleResult();
        Assertions.assertThat(timer).isNotNull();
        Assertions.assertThat(OffsetDateTime.ofInstant(timer.getDuedate().toInstant(), BEIJING).getDayOfMonth()).isEqualTo(3);
        management.executeJob(timer.getId());
        String lastMonth = java.time.YearMonth.now(BEIJING).minusMonths(1).toString();
        Assertions.assertThat(spotChecks.find(lastMonth)).as("last month is drawn").isPresent();
        Assertions.assertThat(management.createJobQuery().processDefinitionKey(SpotCheckProcess.PROCESS_KEY).timers().count())
                .isOne();
    }

    // ---------------- AnnualAssessment ----------------

    @Proves("N11-assessment")
    @Test
    void theAnnualAssessmentRanksTownshipsAndIsPublishedAfterTheCountyReview() {
        jdbc.sql("INSERT INTO sweep_village (sweep_month, township_code, village_code, status) "
                + "VALUES ('2032-03', '341723200', '341723200203', 'OVERDUE')").update();
        ProcessInstance pi = runtime.startProcessInstanceByKey(AssessmentProcess.PROCESS_KEY,
                Map.of(AssessmentProcess.ASSESSMENT_YEAR, 2032));
        assertThat(pi).isWaitingAt("Task_ReviewAssessment");
        assertThat(task(pi)).hasCandidateGroup("county-civil-affairs").hasName("审核年度考核结果");
        Assertions.assertThat((String) runtime.getVariable(pi.getId(), AssessmentProcess.ASSESSMENT_SUMMARY))
                .contains("| 排名 | 乡镇 | 得分 | 入户调查按时 |", "乔木乡");
        Assertions.assertThat(runtime.getVariable(pi.getId(), AssessmentProcess.REPORT_URL))
                .isEqualTo("/api/oversight/assessments/2032/report.xlsx");
        List<Map<String, Object>> rows = jdbc.sql("SELECT township_code, score, township_rank, status FROM annual_assessment "
                + "WHERE assessment_year = 2032 ORDER BY township_rank, township_code").query().listOfRows();
        Assertions.assertThat(rows).hasSize(14);
        Assertions.assertThat(rows.get(13)).as("乔木乡's overdue sweep costs it the sweep points")
                .containsEntry("TOWNSHIP_CODE", "341723200").containsEntry("TOWNSHIP_RANK", 14);
        Assertions.assertThat(((java.math.BigDecimal) rows.get(0).get("SCORE")).doubleValue()).isEqualTo(100.0);
        Assertions.assertThat(((java.math.BigDecimal) rows.get(13).get("SCORE")).doubleValue()).isEqualTo(80.0);

        assertThatThrownBy(() -> complete(task(pi), vars(AssessmentProcess.REVIEW, "RECALCULATE")))
                .hasMessageContaining("重新计算的，请写明原因");
        jdbc.sql("UPDATE sweep_village SET status = 'DONE' WHERE sweep_month = '2032-03' AND village_code = '341723200203'").update();
        complete(task(pi), vars(AssessmentProcess.REVIEW, "RECALCULATE", AssessmentProcess.REVIEW_NOTE, "金山村摸排已补报"));
        assertThat(pi).isWaitingAt("Task_ReviewAssessment");
        Assertions.assertThat(jdbc.sql("SELECT MIN(score) FROM annual_assessment WHERE assessment_year = 2032")
                .query(java.math.BigDecimal.class).single().doubleValue()).isEqualTo(100.0);
        complete(task(pi), vars(AssessmentProcess.REVIEW, "APPROVED", AssessmentProcess.REVIEW_NOTE, "同意发布"));

        assertThat(pi).isEnded().hasPassed("Task_PublishAssessment", "EndEvent_AssessmentPublished");
        Assertions.assertThat(jdbc.sql("SELECT DISTINCT status FROM annual_assessment WHERE assessment_year = 2032")
                .query(String.class).list()).containsExactly("PUBLISHED");
    }

    @Proves("N11-assessment")
    @Test
    void inJanuaryTheTimerAssessesTheYearBefore() {
        var timer = management.createJobQuery().processDefinitionKey(AssessmentProcess.PROCESS_KEY).timers().singleResult();
        Assertions.assertThat(timer).isNotNull();
        OffsetDateTime due = OffsetDateTime.ofInstant(timer.getDuedate().toInstant(), BEIJING);
        Assertions.assertThat(due.getMonthValue()).isEqualTo(1);
        Assertions.assertThat(due.getDayOfMonth()).isEqualTo(10);
        management.executeJob(timer.getId());
        ProcessInstance pi = runtime.createProcessInstanceQuery().processDefinitionKey(AssessmentProcess.PROCESS_KEY)
                .active().list().stream().filter(p -> Integer.valueOf(LocalDate.now(BEIJING).getYear() - 1)
                        .equals(runtime.getVariable(p.getId(), AssessmentProcess.ASSESSMENT_YEAR))).findFirst().orElseThrow();
        assertThat(pi).isWaitingAt("Task_ReviewAssessment");
    }
}
