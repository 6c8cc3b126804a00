package cn.qingyang.assistance.oversight.spotcheck;

import static cn.qingyang.assistance.oversight.OversightFixtures.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.qingyang.assistance.AsyncSteps;
import cn.qingyang.assistance.IntegrationTest;
import cn.qingyang.assistance.ProcessesUnderTest;
import cn.qingyang.assistance.crypto.BlindIndex;
import cn.qingyang.assistance.crypto.FieldCipher;
import cn.qingyang.assistance.oversight.OversightFigures;
import cn.qingyang.assistance.oversight.OversightFixtures;
import cn.qingyang.assistance.oversight.OversightPeriod;
import cn.qingyang.assistance.oversight.TownshipFigures;
import cn.qingyang.assistance.oversight.spotcheck.SpotCheckProcess.RandomSpotCheck;
import cn.qingyang.assistance.oversight.spotcheck.SpotCheckProcess.SpotCheckVerification;
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
 * County oversight, the monthly random spot check (clause 11 of the notice): 30% of last month's
 * 特困 approvals, 10% of the others and every case related to staff are drawn reproducibly and
 * verified by the county; a finding in the recipient's favour is corrected by the township.
 */
@IntegrationTest
@ProcessesUnderTest({SpotCheckProcess.PROCESS_KEY, SpotCheckProcess.VERIFICATION_PROCESS_KEY})
class SpotCheckProcessIT {

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
    JdbcClient jdbc;
    @Autowired
    OversightFigures figures;
    @Autowired
    SpotCheckService spotChecks;

    OversightFixtures fixtures;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        fixtures = new OversightFixtures(jdbc, cipher, index);
    }

    private List<ProcessInstance> children(ProcessInstance parent) {
        return runtime.createProcessInstanceQuery().superProcessInstanceId(parent.getId()).list();
    }

    /** 10 特困 and 20 低保 recipients of 朱备镇 approved in May 2031 (one related to staff), and one refusal. */
    private void drawMay2031() {
        OffsetDateTime may = OffsetDateTime.of(2031, 5, 12, 10, 0, 0, 0,
                BEIJING.getRules().getOffset(java.time.Instant.now()));
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
        AsyncSteps.settle(month);
        assertThat(month).isWaitingAt(RandomSpotCheck.CALL_ACTIVITY_VERIFY_SAMPLE);
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
        AsyncSteps.settle(again);
        assertThat(again).isEnded().hasPassed(RandomSpotCheck.END_EVENT_ALREADY_DRAWN);
        Assertions.assertThat(children(month)).hasSize(5);

        ProcessInstance normal = checks.get(0);
        assertThat(normal).isWaitingAt(SpotCheckVerification.TASK_VERIFY_RECIPIENT);
        assertThat(task(normal)).hasCandidateGroup("county-civil-affairs").hasName("抽查核实");
        Assertions.assertThat(runtime.getVariables(normal.getId())).containsKeys(SpotCheckProcess.CASE_NUMBER,
                SpotCheckProcess.RECIPIENT_KIND_LABEL, SpotCheckProcess.SAMPLE_REASON_LABEL)
                .containsEntry(SpotCheckProcess.APPROVED_ON, "2031-05-12")
                .hasEntrySatisfying(SpotCheckProcess.ID_NUMBER_MASKED,
                        v -> Assertions.assertThat(v.toString()).contains("********"));
        assertThatThrownBy(() -> complete(task(normal), vars(SpotCheckProcess.OUTCOME, "OK")))
                .hasMessageContaining("请选择核实结论").hasMessageContaining("请填写核实情况");
        AsyncSteps.completeAndSettle(task(normal), vars(SpotCheckProcess.OUTCOME, "NORMAL", SpotCheckProcess.FINDINGS, "入户核实，情况属实"), normal);
        assertThat(normal).isEnded().hasPassed(SpotCheckVerification.END_EVENT_RECIPIENT_CONFIRMED);

        ProcessInstance favour = checks.get(1);
        AsyncSteps.completeAndSettle(task(favour), vars(SpotCheckProcess.OUTCOME, "FAVOUR", SpotCheckProcess.FINDINGS, "家庭有经营性收入未申报"), favour);
        assertThat(favour).isWaitingAt(SpotCheckVerification.TASK_CORRECT_FINDING);
        assertThat(task(favour)).hasCandidateGroup("township-" + ZHUBEI).hasName("整改抽查问题");
        assertThatThrownBy(() -> complete(task(favour), vars())).hasMessageContaining("请填写整改结果");
        AsyncSteps.completeAndSettle(task(favour), vars(SpotCheckProcess.CORRECTION, "已停发低保，追回多发资金"), favour);
        assertThat(favour).isEnded().hasPassed(SpotCheckVerification.END_EVENT_FINDING_CORRECTED);

        var checked = spotChecks.items(draw.id()).stream().filter(i -> i.outcome() != null).toList();
        Assertions.assertThat(checked).extracting(SpotCheckService.Item::outcome).containsExactlyInAnyOrder("NORMAL",
                "FAVOUR");
        Assertions.assertThat(checked).filteredOn(i -> i.outcome().equals("FAVOUR")).singleElement()
                .satisfies(i -> Assertions.assertThat(i.correction()).isEqualTo("已停发低保，追回多发资金"));
        TownshipFigures now = figures.township(ZHUBEI, OversightPeriod.year(LocalDate.now(BEIJING).getYear(), BEIJING));
        Assertions.assertThat(now.spotCheckFindings()).as("the finding counts in the assessment").isGreaterThanOrEqualTo(1);

        for (ProcessInstance rest : checks.subList(2, 5)) {
            AsyncSteps.completeAndSettle(task(rest), vars(SpotCheckProcess.OUTCOME, "NORMAL", SpotCheckProcess.FINDINGS, "调阅档案，材料齐全"), rest);
        }
        assertThat(month).isEnded().hasPassed(RandomSpotCheck.END_EVENT_SPOT_CHECK_DONE);
    }

    @Proves("N11-spot-check")
    @Test
    void theMonthlyTimerDrawsLastMonthsApprovals() {
        var timer = management.createJobQuery().processDefinitionKey(SpotCheckProcess.PROCESS_KEY).timers().singleResult();
        Assertions.assertThat(timer).isNotNull();
        Assertions.assertThat(OffsetDateTime.ofInstant(timer.getDuedate().toInstant(),
                BEIJING).getDayOfMonth()).isEqualTo(3);
        management.executeJob(timer.getId());
        String lastMonth = java.time.YearMonth.now(BEIJING).minusMonths(1).toString();
        Assertions.assertThat(spotChecks.find(lastMonth)).as("last month is drawn").isPresent();
        Assertions.assertThat(management.createJobQuery().processDefinitionKey(SpotCheckProcess.PROCESS_KEY).timers().count())
                .isOne();
    }
}
