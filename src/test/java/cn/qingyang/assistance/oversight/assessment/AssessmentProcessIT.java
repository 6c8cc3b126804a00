package cn.qingyang.assistance.oversight.assessment;

import static cn.qingyang.assistance.oversight.OversightFixtures.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.qingyang.assistance.AsyncSteps;
import cn.qingyang.assistance.IntegrationTest;
import cn.qingyang.assistance.ProcessesUnderTest;
import cn.qingyang.assistance.oversight.OversightFixtures;
import cn.qingyang.assistance.oversight.assessment.AssessmentProcess.AnnualAssessment;
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
 * County oversight, the annual assessment (clause 11 of the notice): in January the townships are
 * scored and ranked on the year's figures, the county reviews (or has it recalculated) and the
 * result is published.
 */
@IntegrationTest
@ProcessesUnderTest({AssessmentProcess.PROCESS_KEY})
class AssessmentProcessIT {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
    }

    @Proves("N11-assessment")
    @Test
    void theAnnualAssessmentRanksTownshipsAndIsPublishedAfterTheCountyReview() {
        jdbc.sql("INSERT INTO sweep_village (sweep_month, township_code, village_code, status) "
                + "VALUES ('2032-03', '341723200', '341723200203', 'OVERDUE')").update();
        ProcessInstance pi = runtime.startProcessInstanceByKey(AssessmentProcess.PROCESS_KEY,
                Map.of(AssessmentProcess.ASSESSMENT_YEAR, 2032));
        assertThat(pi).isWaitingAt(AnnualAssessment.TASK_REVIEW_ASSESSMENT);
        assertThat(task(pi)).hasCandidateGroup("county-civil-affairs").hasName("审核年度考核结果");
        Assertions.assertThat((String) runtime.getVariable(pi.getId(), AssessmentProcess.ASSESSMENT_SUMMARY))
                .contains("| 排名 | 乡镇 | 得分 | 入户调查按时 |", "乔木乡");
        Assertions.assertThat(runtime.getVariable(pi.getId(), AssessmentProcess.REPORT_URL))
                .isEqualTo("/api/oversight/assessments/2032/report.xlsx");
        List<Map<String,
                Object>> rows = jdbc.sql("SELECT township_code, score, township_rank, status FROM annual_assessment "
                + "WHERE assessment_year = 2032 ORDER BY township_rank, township_code").query().listOfRows();
        Assertions.assertThat(rows).hasSize(14);
        Assertions.assertThat(rows.get(13)).as("乔木乡's overdue sweep costs it the sweep points")
                .containsEntry("TOWNSHIP_CODE", "341723200").containsEntry("TOWNSHIP_RANK", 14);
        Assertions.assertThat(((java.math.BigDecimal) rows.get(0).get("SCORE")).doubleValue()).isEqualTo(100.0);
        Assertions.assertThat(((java.math.BigDecimal) rows.get(13).get("SCORE")).doubleValue()).isEqualTo(80.0);

        assertThatThrownBy(() -> complete(task(pi), vars(AssessmentProcess.REVIEW, "RECALCULATE")))
                .hasMessageContaining("重新计算的，请写明原因");
        jdbc.sql("UPDATE sweep_village SET status = 'DONE' WHERE sweep_month = '2032-03' AND village_code = '341723200203'").update();
        AsyncSteps.completeAndSettle(task(pi), vars(AssessmentProcess.REVIEW, "RECALCULATE", AssessmentProcess.REVIEW_NOTE, "金山村摸排已补报"), pi);
        assertThat(pi).isWaitingAt(AnnualAssessment.TASK_REVIEW_ASSESSMENT);
        Assertions.assertThat(jdbc.sql("SELECT MIN(score) FROM annual_assessment WHERE assessment_year = 2032")
                .query(java.math.BigDecimal.class).single().doubleValue()).isEqualTo(100.0);
        AsyncSteps.completeAndSettle(task(pi), vars(AssessmentProcess.REVIEW, "APPROVED", AssessmentProcess.REVIEW_NOTE, "同意发布"), pi);

        assertThat(pi).isEnded().hasPassed(AnnualAssessment.TASK_PUBLISH_ASSESSMENT,
                AnnualAssessment.END_EVENT_ASSESSMENT_PUBLISHED);
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
                        .equals(runtime.getVariable(p.getId(),
                                AssessmentProcess.ASSESSMENT_YEAR))).findFirst().orElseThrow();
        assertThat(pi).isWaitingAt(AnnualAssessment.TASK_REVIEW_ASSESSMENT);
    }
}
