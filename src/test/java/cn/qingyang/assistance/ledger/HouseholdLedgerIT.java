package cn.qingyang.assistance.ledger;

import static cn.qingyang.assistance.AsyncSteps.completeAndSettle;
import static cn.qingyang.assistance.discovery.CaseFixtures.*;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.qingyang.assistance.Http;
import cn.qingyang.assistance.IntegrationTest;
import cn.qingyang.assistance.ProcessesUnderTest;
import cn.qingyang.assistance.aid.AssistanceProcesses;
import cn.qingyang.assistance.discovery.CaseFixtures.Cases;
import cn.qingyang.assistance.discovery.DiscoveryCaseProcess.DiscoveryCase;
import cn.qingyang.assistance.discovery.CaseFixtures;
import cn.qingyang.assistance.household.HouseholdMemberRows;
import cn.qingyang.assistance.household.HouseholdRepository;
import cn.qingyang.assistance.intake.RegistrationService;
import cn.qingyang.assistance.ledger.FollowUpProcess.FollowUpVisits;
import cn.qingyang.assistance.traceability.Proves;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The classified ledger per household (issue 15 §5): the household's second case classified into
 * the same category updates its entry, which keeps its follow-ups and gets one follow-up process;
 * the entry shows the notice's columns and the household's, in JSON and in the xlsx, masked for
 * the township.
 */
@IntegrationTest
@ProcessesUnderTest({FollowUpProcess.PROCESS_KEY})
class HouseholdLedgerIT {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RegistrationService registration;
    @Autowired
    HouseholdRepository households;
    @Autowired
    Cases cases;

    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
    }

    /**
     * A household classified 特殊困难 twice: its first case followed up once, its second visit due (the
     * task open) when the second case is classified.
     */
    record Classified(String idNumber, long householdId, ProcessInstance first, ProcessInstance second, String secondCaseNumber,
                      String openFollowUpTask) {
    }

    private ProcessInstance caseOf(String idNumber) {
        String caseNumber = registration.register(report(idNumber, false, false), QIAOMU_CASEWORKER).caseNumber();
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult();
    }

    private static void visitOnce(ProcessInstance followUp) {
        execute(job(FollowUpVisits.INTERMEDIATE_EVENT_FOLLOW_UP_DUE, followUp));
        complete(task(FollowUpVisits.TASK_FOLLOW_UP_VISIT, followUp), Map.of(FollowUpProcess.FOLLOW_UP_DATE,
                LocalDate.now().toString(), FollowUpProcess.FOLLOW_UP_OUTCOME, "UNCHANGED",
                FollowUpProcess.FOLLOW_UP_NOTE, "仍需透析，情况无明显变化"));
        execute(job(FollowUpVisits.TASK_FOLLOW_UP_VISIT, followUp));
    }

    private Classified householdClassifiedTwice() {
        String idNumber = newIdNumber();
        ProcessInstance first = caseOf(idNumber);
        complete(task(first), CaseFixtures.completeVisitWithMembers(first, rows -> rows));
        cases.finishAfterJoin(first);
        ProcessInstance firstFollowUp = cases.followUpOf(first);
        visitOnce(firstFollowUp);
        execute(job(FollowUpVisits.INTERMEDIATE_EVENT_FOLLOW_UP_DUE, firstFollowUp));
        String openTask = task(FollowUpVisits.TASK_FOLLOW_UP_VISIT, firstFollowUp).getId();

        // between the cases the household file records the member's income and benefits (the household visit does)
        long householdId = households.householdOf(jdbc.sql("SELECT person_id FROM discovery_case WHERE id = :c")
                .param("c", cases.caseId(first)).query(Long.class).single()).orElseThrow();
        HouseholdRepository.Member m = households.members(householdId).get(0);
        households.updateMember(householdId, new HouseholdRepository.Member(m.memberId(), m.personId(), m.name(),
                m.idNumber(), m.phone(), m.relation(), "SERIOUS", "尿毒症", m.disabilityCategory(), m.disabilityGrade(),
                "LOST", m.selfCare(), m.schooling(), m.employment(), null, null, null, new BigDecimal("1500.00"),
                new BigDecimal("1200.00"), null, "DISABILITY_ALLOWANCE,PENSION"));

        ProcessInstance second = caseOf(idNumber);
        Assertions.assertThat(second.getBusinessKey()).as("a new case of the household").isNotEqualTo(first.getBusinessKey());
        // the second visit finds the member as the file now holds them (the form's row pre-filled from it)
        complete(task(second), CaseFixtures.completeVisitWithMembers(second, rows -> {
            rows.get(0).put(HouseholdMemberRows.INCOME_TRANSFER, new BigDecimal("1500.00"));
            rows.get(0).put(HouseholdMemberRows.MEDICAL_SPENDING, new BigDecimal("100.00"));
            // not 低保: a member on 低保 would take the household to 整户纳入低保 (N7), another path than this test's
            rows.get(0).put(HouseholdMemberRows.BENEFITS, List.of("DISABILITY_ALLOWANCE", "PENSION"));
            return rows;
        }, HEALTH_STATUS, "DISABLED", DISABILITY_GRADE, "2", INVESTIGATOR_1, "赵磊", CAUSE_2, "03"));
        cases.finishAfterJoin(second);
        return new Classified(idNumber, householdId, first, second, second.getBusinessKey(), openTask);
    }

    @Proves({"N8"})
    @Test
    void theHouseholdsSecondCaseUpdatesItsEntryWhichKeepsItsFollowUps() {
        Classified household = householdClassifiedTwice();

        List<Map<String, Object>> entries = jdbc.sql("SELECT id, case_id, household_size, per_capita_income, health_status, "
                        + "disability_grade, causes, member_benefits, responsible_person, status FROM ledger_entry "
                        + "WHERE household_id = :h AND kind = 'CLASSIFIED'")
                .param("h", household.householdId()).query().listOfRows();
        Assertions.assertThat(entries).as("one entry per household and category").hasSize(1);
        Map<String, Object> entry = entries.get(0);
        long entryId = ((Number) entry.get("id")).longValue();
        Assertions.assertThat(((Number) entry.get("case_id")).longValue()).isEqualTo(cases.caseId(household.second()));
        Assertions.assertThat(entry.get("health_status")).as("from the second case's visit").isEqualTo("DISABLED");
        Assertions.assertThat(((Number) entry.get("disability_grade")).intValue()).isEqualTo(2);
        Assertions.assertThat(entry.get("causes")).isEqualTo("01,03");
        Assertions.assertThat(((Number) entry.get("household_size")).intValue()).as("the household file's members").isEqualTo(1);
        Assertions.assertThat((BigDecimal) entry.get("per_capita_income")).isEqualByComparingTo("1500.00");
        Assertions.assertThat(entry.get("member_benefits")).isEqualTo("王大山：残疾人两项补贴、养老金");
        Assertions.assertThat(entry.get("responsible_person"))
                .as("named by the first classification (its visit's first investigator), kept by the second").isEqualTo("王建华");
        Assertions.assertThat(entry.get("status")).isEqualTo("ACTIVE");
        Assertions.assertThat(households.find(household.householdId()).orElseThrow().responsiblePerson()).isEqualTo("王建华");

        // the follow-up of the first case is kept; one follow-up process runs, on from there
        Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM follow_up_visit WHERE ledger_entry_id = :e").param("e", entryId)
                .query(Long.class).single()).isEqualTo(1);
        List<ProcessInstance> followUps = runtime.createProcessInstanceQuery().processDefinitionKey(FollowUpProcess.PROCESS_KEY)
                .variableValueEquals(FollowUpProcess.LEDGER_ENTRY_ID, entryId).list();
        Assertions.assertThat(followUps).singleElement()
                .satisfies(p -> Assertions.assertThat(p.getBusinessKey()).isEqualTo(household.secondCaseNumber()));
        Assertions.assertThat(cases.followUpOf(household.first())).as("the first case's follow-up gave way").isNull();
        Assertions.assertThat(engine.getTaskService().createTaskQuery().taskId(household.openFollowUpTask()).count())
                .as("its open 定期回访 is gone from the village's task list").isZero();
        ProcessInstance followUp = followUps.get(0);
        Assertions.assertThat(runtime.getVariable(followUp.getId(), FollowUpProcess.FOLLOW_UP_COUNT)).isEqualTo(1);
        visitOnce(followUp);
        Assertions.assertThat(jdbc.sql("SELECT visit_no FROM follow_up_visit WHERE ledger_entry_id = :e ORDER BY visit_no")
                .param("e", entryId).query(Integer.class).list()).as("the next visit is the entry's second").containsExactly(1, 2);
        assertThat(followUp).isWaitingAt(FollowUpVisits.INTERMEDIATE_EVENT_FOLLOW_UP_DUE);
    }

    @Proves({"N8"})
    @Test
    void aLaterCaseFindingTheHardshipOverClosesTheHouseholdsEntryAndEndsItsFollowUp() {
        String idNumber = newIdNumber();
        ProcessInstance first = caseOf(idNumber);
        complete(task(first), CaseFixtures.completeVisitWithMembers(first, rows -> rows));
        cases.finishAfterJoin(first);
        ProcessInstance followUp = cases.followUpOf(first);
        assertThat(followUp).isWaitingAt(FollowUpVisits.INTERMEDIATE_EVENT_FOLLOW_UP_DUE);

        ProcessInstance second = caseOf(idNumber);
        complete(task(second), CaseFixtures.completeVisitWithMembers(second, rows -> rows));
        cases.settleCase(second);
        completeAndSettle(task(DiscoveryCase.TASK_EXPLAIN_POLICY, second), Map.of(AssistanceProcesses.INFORMED_HOW, "IN_PERSON",
                AssistanceProcesses.POLICY_EXPLAINED, "已告知不符合条件的原因", AssistanceProcesses.STILL_IN_HARDSHIP, "NO"), second);
        cases.finishLedger(second);

        Map<String, Object> entry = jdbc.sql("SELECT case_id, status, next_follow_up FROM ledger_entry "
                        + "WHERE household_id = (SELECT household_id FROM discovery_case WHERE id = :c) AND kind = 'CLASSIFIED'")
                .param("c", cases.caseId(second)).query().singleRow();
        Assertions.assertThat(((Number) entry.get("case_id")).longValue()).isEqualTo(cases.caseId(second));
        Assertions.assertThat(entry.get("status")).isEqualTo("CLOSED");
        Assertions.assertThat(entry.get("next_follow_up")).isNull();
        Assertions.assertThat(runtime.createProcessInstanceQuery().processInstanceId(followUp.getId()).count())
                .as("the follow-up of a closed entry ends").isZero();
        Assertions.assertThat(cases.followUpOf(second)).as("and none starts").isNull();
    }

    @Proves({"N8"})
    @Test
    void theEntryShowsTheNoticesColumnsInJsonAndInTheXlsxMaskedForTheTownship() throws Exception {
        Classified household = householdClassifiedTwice();
        String masked = "341723********" + household.idNumber().substring(14);

        HttpResponse<String> response = Http.basic(port, "qiaomu-caseworker", "demo").get("/api/ledger?size=200&category=SPECIAL");
        Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<JsonNode> mine = new ArrayList<>();
        json.readTree(response.body()).get("items").forEach(item -> {
            if (item.get("householdId").asLong() == household.householdId()) {
                mine.add(item);
            }
        });
        Assertions.assertThat(mine).singleElement().satisfies(item -> {
            Assertions.assertThat(item.get("caseNumber").asText()).isEqualTo(household.secondCaseNumber());
            Assertions.assertThat(item.get("idNumber").asText()).isEqualTo(masked);
            Assertions.assertThat(item.get("headOfHousehold").asText()).isEqualTo("王大山");
            Assertions.assertThat(item.get("householdSize").asInt()).isEqualTo(1);
            Assertions.assertThat(item.get("perCapitaIncome").decimalValue()).isEqualByComparingTo("1500.00");
            Assertions.assertThat(item.get("memberBenefits").asText()).isEqualTo("王大山：残疾人两项补贴、养老金");
            Assertions.assertThat(item.get("physicalCondition").asText()).isEqualTo("残疾（二级），半失能");
            Assertions.assertThat(item.get("labourCapacity").asText()).isEqualTo("完全丧失");
            Assertions.assertThat(item.get("causes").asText()).isEqualTo("因病、因残");
            Assertions.assertThat(item.get("hardshipDegree").asText()).isEqualTo("特别困难");
            Assertions.assertThat(item.get("selfHelpCapacity").asText()).isEqualTo("自救能力较弱");
            Assertions.assertThat(item.get("responsiblePerson").asText()).isEqualTo("王建华");
            Assertions.assertThat(item.get("lastFollowUp").asText()).isEqualTo(LocalDate.now().toString());
            Assertions.assertThat(item.get("nextFollowUp").asText()).isEqualTo(LocalDate.now().plusMonths(1).toString());
        });

        Http township = Http.basic(port, "qiaomu-caseworker", "demo");
        var xlsx = township.send(township.request("/api/ledger/export.xlsx?category=SPECIAL").GET(),
                HttpResponse.BodyHandlers.ofByteArray());
        Assertions.assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter shown = new DataFormatter();
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> header.add(shown.formatCellValue(cell)));
            List<Map<String, String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                Map<String, String> cells = new HashMap<>();
                for (int c = 0; c < header.size(); c++) {
                    cells.put(header.get(c), shown.formatCellValue(row.getCell(c)));
                }
                if (household.secondCaseNumber().equals(cells.get("案件编号"))) {
                    rows.add(cells);
                }
            }
            Assertions.assertThat(rows).as("one row for the household").singleElement().satisfies(row -> Assertions.assertThat(row)
                    .containsEntry("身份证号", masked).containsEntry("户主姓名", "王大山").containsEntry("家庭人口", "1")
                    .containsEntry("家庭月人均收入(元)", "1500.00").containsEntry("成员享受的救助", "王大山：残疾人两项补贴、养老金")
                    .containsEntry("身体状况", "残疾（二级），半失能").containsEntry("劳动能力", "完全丧失")
                    .containsEntry("致困原因", "因病、因残").containsEntry("困难程度", "特别困难")
                    .containsEntry("自救能力", "自救能力较弱").containsEntry("包保责任人", "王建华")
                    .containsEntry("上次回访日期", LocalDate.now().toString())
                    .containsEntry("下次回访日期", LocalDate.now().plusMonths(1).toString())
                    .containsEntry("状态", "跟踪回访中"));
        }
    }
}
