package cn.qingyang.assistance.discovery;

import static cn.qingyang.assistance.discovery.CaseFixtures.newIdNumber;
import static cn.qingyang.assistance.discovery.CaseFixtures.newMember;
import static cn.qingyang.assistance.discovery.CaseFixtures.withoutIncome;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.qingyang.assistance.AsyncSteps;
import cn.qingyang.assistance.Http;
import cn.qingyang.assistance.IntegrationTest;
import cn.qingyang.assistance.discovery.DiscoveryCaseProcess.DiscoveryCase;
import cn.qingyang.assistance.household.HouseholdMemberRows;
import cn.qingyang.assistance.household.HouseholdRepository;
import cn.qingyang.assistance.household.HouseholdService;
import cn.qingyang.assistance.household.PersonRepository;
import cn.qingyang.assistance.intake.RegistrationService;
import cn.qingyang.assistance.person.ResidentIdNumber;
import cn.qingyang.assistance.traceability.Proves;
import cn.qingyang.assistance.workflow.IncompleteTaskException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The home visit records the household (issue 15 §4): the members shown pre-filled, corrected,
 * added, removed and joined (并户) through the form's list as Tasklist sends it; the household file
 * keeps them with a version per visit; the decisions read the figures computed from them.
 */
@IntegrationTest
class HouseholdVisitIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String TOWNSHIP = "341723200";
    static final String VILLAGE = "341723200201";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RegistrationService registration;
    @Autowired
    PersonRepository persons;
    @Autowired
    HouseholdRepository households;
    @Autowired
    HouseholdService householdService;
    @Autowired
    CaseRepository caseRepository;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
    }

    /** A person on file, in a one-person household of their own (no case): their household. */
    long personOnFile(String name, String idNumber) {
        long personId = persons.upsert(ResidentIdNumber.parse(idNumber), name, null, TOWNSHIP, VILLAGE);
        return householdService.householdOf(personId, TOWNSHIP, VILLAGE, "test", "测试建档");
    }

    long personId(String idNumber) {
        return persons.find(ResidentIdNumber.parse(idNumber)).orElseThrow();
    }

    /** A report of the person: the case of their household, waiting at the visit. */
    ProcessInstance reported(String idNumber) {
        String caseNumber = registration.register(CaseFixtures.report(idNumber, false, false), CaseFixtures.QIAOMU_CASEWORKER)
                .caseNumber();
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult();
    }

    long householdOf(ProcessInstance pi) {
        return caseRepository.findCase(caseId(pi)).orElseThrow().householdId();
    }

    long caseId(ProcessInstance pi) {
        return ((Number) runtime.getVariable(pi.getId(), CASE_ID)).longValue();
    }

    /** The variables of the visit form as Tasklist submits them: each field's value, the member list and the household's facts as Json. */
    static String submission(Map<String, Object> form, List<Map<String, Object>> rows) throws Exception {
        ObjectNode variables = JSON.createObjectNode();
        form.forEach((name, value) -> {
            ObjectNode variable = variables.putObject(name);
            if (value instanceof Boolean flag) {
                variable.put("value", flag).put("type", "Boolean");
            } else if (value instanceof org.camunda.bpm.engine.variable.value.SerializableValue json) {
                // the group 家庭基本情况, an object in the form's data: Tasklist sends it as Json
                variable.put("value", json.getValueSerialized()).put("type", "Json");
            } else {
                variable.put("value", value == null ? null : value.toString());
            }
        });
        variables.putObject(HOUSEHOLD_MEMBERS).put("type", "Json").put("value", JSON.writeValueAsString(rows));
        ObjectNode body = JSON.createObjectNode();
        body.set("variables", variables);
        return body.toString();
    }

    HttpResponse<String> submitAsTasklist(ProcessInstance pi, List<Map<String, Object>> rows) throws Exception {
        Map<String, Object> form = CaseFixtures.completeVisit();
        form.put(VISIT_DATE, java.time.LocalDate.now().toString());
        return Http.basic(port, "qiaomu-caseworker", "demo").postJson("/engine-rest/task/" + task(pi).getId() + "/submit-form",
                submission(form, rows));
    }

    static Map<String, Object> with(Map<String, Object> row, Object... keysAndValues) {
        Map<String, Object> copy = new java.util.LinkedHashMap<>(row);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            copy.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return copy;
    }

    @Proves("N4b")
    @Test
    void aVisitOfAThreeMemberHouseholdAddsAChildCorrectsTheWifesNumberAndTheDecisionReadsItsPerCapitaIncome() throws Exception {
        String head = newIdNumber();
        String wifeMistyped = newIdNumber();
        String wife = newIdNumber();
        String child = CaseFixtures.newIdNumber();
        long householdId = personOnFile("王大山", head);
        long wifeId = persons.upsert(ResidentIdNumber.parse(wifeMistyped), "李秀英", null, TOWNSHIP, VILLAGE);
        households.insertMember(householdId, wifeId, "SPOUSE");
        ProcessInstance pi = reported(head);
        assertThat(householdOf(pi)).isEqualTo(householdId);

        // the form starts from the file: the head first, the wife, numbers masked
        List<Map<String, Object>> rows = CaseFixtures.memberRows(pi.getId());
        assertThat(rows).extracting(row -> row.get(HouseholdMemberRows.NAME)).containsExactly("王大山", "李秀英");
        assertThat(rows.get(1)).containsEntry(HouseholdMemberRows.ID_NUMBER_MASKED, ResidentIdNumber.parse(wifeMistyped).masked())
                .containsEntry(HouseholdMemberRows.PERSON_ID, Long.toString(wifeId));
        assertThat(rows.toString()).doesNotContain(head, wifeMistyped);

        // the caseworker corrects the wife's number, adds the son, fills every member in:
        // 600 + 900 + 0 = 1500 元 a month for three, 500 per person, below the 低保 standard (810)
        List<Map<String, Object>> sent = new ArrayList<>();
        sent.add(with(withoutIncome(rows.get(0)), HouseholdMemberRows.HEALTH, "SERIOUS", HouseholdMemberRows.ILLNESS, "尿毒症",
                HouseholdMemberRows.INCOME_TRANSFER, 600, HouseholdMemberRows.MEDICAL_SPENDING, 200));
        sent.add(with(withoutIncome(rows.get(1)), HouseholdMemberRows.ID_NUMBER, wife, HouseholdMemberRows.LABOUR_CAPACITY, "FULL",
                HouseholdMemberRows.EMPLOYMENT, "EMPLOYED", HouseholdMemberRows.INCOME_WAGE, 900));
        sent.add(with(newMember("王小明", child, "CHILD"), HouseholdMemberRows.SCHOOLING, "JUNIOR",
                HouseholdMemberRows.EMPLOYMENT, "STUDENT"));

        HttpResponse<String> answer = submitAsTasklist(pi, sent);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(204);
        String stored = runtime.getVariable(pi.getId(), HOUSEHOLD_MEMBERS).toString();
        assertThat(stored).as("full numbers typed in are sealed before the task commits").doesNotContain(wife, child)
                .contains(HouseholdMemberRows.ID_NUMBER_SEALED);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).variableName(HOUSEHOLD_MEMBERS)
                .count()).as("the member list stays out of the history").isZero();

        AsyncSteps.settle(pi);

        List<HouseholdRepository.Member> members = households.members(householdId);
        assertThat(members).extracting(HouseholdRepository.Member::name).containsExactlyInAnyOrder("王大山", "李秀英", "王小明");
        HouseholdRepository.Member wifeOnFile = members.stream().filter(m -> m.personId() == wifeId).findFirst().orElseThrow();
        assertThat(wifeOnFile.idNumber()).as("corrected").isEqualTo(wife);
        assertThat(wifeOnFile.incomeWage()).isEqualByComparingTo("900");
        assertThat(personId(wife)).as("found by the corrected number").isEqualTo(wifeId);
        assertThat(persons.find(ResidentIdNumber.parse(wifeMistyped))).as("the mistyped number names nobody").isEmpty();
        HouseholdRepository.Member son = members.stream().filter(m -> m.name().equals("王小明")).findFirst().orElseThrow();
        assertThat(son.personId()).isEqualTo(personId(child));
        assertThat(son.relation()).isEqualTo("CHILD");
        assertThat(son.schooling()).isEqualTo("JUNIOR");
        assertThat(members.stream().filter(HouseholdRepository.Member::head)).extracting(HouseholdRepository.Member::name)
                .containsExactly("王大山");

        HouseholdRepository.Version version = households.versions(householdId).get(households.versions(householdId).size() - 1);
        String caseNumber = runtime.getVariable(pi.getId(), CASE_NUMBER).toString();
        assertThat(version.source()).contains(caseNumber).contains("入户调查评估");
        assertThat(version.changedBy()).isEqualTo("qiaomu-caseworker");
        assertThat(version.summary()).contains("家庭成员 3 人").contains("新增成员 王小明（子女）").contains("更正 李秀英 的身份证号码");
        assertThat(jdbc.sql("SELECT snapshot FROM household_version WHERE household_id = :h AND version_no = :v")
                .param("h", householdId).param("v", version.versionNo()).query(String.class).single())
                .contains(ResidentIdNumber.parse(child).masked()).doesNotContain(head, wife, child);

        // the decisions read the figures of the members: 低保 for a household at 500 元 per person
        assertThat(runtime.getVariable(pi.getId(), PER_CAPITA_INCOME)).isEqualTo(500.0);
        assertThat(runtime.getVariable(pi.getId(), HOUSEHOLD_SIZE)).isEqualTo(3);
        assertThat(runtime.getVariable(pi.getId(), RIGID_SPENDING_SHARE)).isEqualTo(0.1333);
        assertThat(runtime.getVariable(pi.getId(), ROUTE_DIBAO)).isEqualTo(true);
        List<HistoricDecisionInputInstance> inputs = history.createHistoricDecisionInstanceQuery().processInstanceId(pi.getId())
                .decisionDefinitionKey("AssistanceRoutes").includeInputs().singleResult().getInputs();
        assertThat(inputs).filteredOn(input -> "rigidSpendingShare".equals(input.getClauseName()) || "刚性支出占家庭收入比例".equals(input.getClauseName()))
                .extracting(HistoricDecisionInputInstance::getValue).containsExactly(0.1333);
        BpmnAwareTests.assertThat(pi).isWaitingAt(DiscoveryCase.TASK_GUIDE_APPLICATION);
        assertThat(jdbc.sql("SELECT household_size FROM home_visit WHERE case_id = :case").param("case", caseId(pi))
                .query(Integer.class).single()).isEqualTo(3);

        // the next visit starts from the file as it is now: three members, new ids, no sealed number left
        List<Map<String, Object>> after = CaseFixtures.memberRows(pi.getId());
        assertThat(after).extracting(row -> row.get(HouseholdMemberRows.PERSON_ID)).doesNotContain("");
        assertThat(after.toString()).doesNotContain(HouseholdMemberRows.ID_NUMBER_SEALED);

        // 家庭基本情况 as the group sent it: the household's own facts and its supporter, in a version of their own
        HouseholdRepository.HouseholdRow file = households.find(householdId).orElseThrow();
        assertThat(file.address()).isEqualTo("乔木乡凌塘村三组 12 号");
        assertThat(file.registrationType()).isEqualTo("RURAL");
        assertThat(file.housingType()).isEqualTo("OWN");
        assertThat(file.housingSafety()).isEqualTo("B");
        assertThat(file.savingsBand()).isEqualTo("UNDER_10K");
        assertThat(file.focusGroups()).isEqualTo("MARGINAL");
        assertThat(households.supporters(householdId)).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("王小军");
            assertThat(s.relation()).isEqualTo("CHILD");
            assertThat(s.ableToSupport()).isFalse();
        });
        assertThat(households.versions(householdId)).extracting(HouseholdRepository.Version::summary)
                .contains("家庭基本情况：家庭住址、户籍类型、住房、家庭财产、重点关注群体、赡养（扶养）义务人（1 人）");
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).variableName(HOUSEHOLD_FACTS)
                .count()).as("the address stays out of the history").isZero();
    }

    @Proves("N4b")
    @Test
    void aVisitWithoutTheHouseholdsAddressOrWithABadSupporterIsRefusedInChinese() throws Exception {
        String head = newIdNumber();
        personOnFile("陈有福", head);
        ProcessInstance pi = reported(head);
        List<Map<String, Object>> rows = new ArrayList<>();
        CaseFixtures.memberRows(pi.getId()).forEach(row -> rows.add(withoutIncome(row)));
        Map<String, Object> form = CaseFixtures.completeVisit();
        form.put(VISIT_DATE, java.time.LocalDate.now().toString());
        form.put(HOUSEHOLD_FACTS, org.camunda.spin.plugin.variable.SpinValues.jsonValue(
                "{\"address\": \"\", \"registrationType\": \"RURAL\", \"housingType\": \"NONE\", \"focusGroups\": [],"
                        + " \"supporters\": [{\"name\": \"陈小兵\", \"relation\": \"CHILD\"}]}").create());

        HttpResponse<String> answer = Http.basic(port, "qiaomu-caseworker", "demo")
                .postJson("/engine-rest/task/" + task(pi).getId() + "/submit-form", submission(form, rows));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("请填写家庭住址").contains("第 1 位赡养（扶养）义务人（陈小兵）：请选择有无赡养（扶养）能力")
                .doesNotContain("住房安全等级");
        BpmnAwareTests.assertThat(pi).isWaitingAt(DiscoveryCase.TASK_VISIT_HOUSEHOLD);
    }

    @Proves("N4b")
    @Test
    void aDuplicateIdNumberAndTwoHeadsAreRefusedInChineseAndNothingIsKept() throws Exception {
        String head = newIdNumber();
        ProcessInstance pi = reported(head);
        String child = newIdNumber();
        List<Map<String, Object>> rows = CaseFixtures.memberRows(pi.getId());
        List<Map<String, Object>> sent = List.of(withoutIncome(rows.get(0)), newMember("王小明", child, "HEAD"),
                newMember("王小亮", child, "CHILD"));

        HttpResponse<String> refused = submitAsTasklist(pi, sent);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).get("message").asText())
                .startsWith("情况不调查清楚不放过——入户调查评估不完整，不能提交：")
                .contains("第 3 位成员（王小亮）：身份证号码与第 2 位成员相同")
                .contains("户主只能有一位，现有 2 位：第 1 位（王大山）、第 2 位（王小明）")
                .doesNotContain(child);
        BpmnAwareTests.assertThat(pi).isWaitingAt(DiscoveryCase.TASK_VISIT_HOUSEHOLD);
        assertThat(persons.find(ResidentIdNumber.parse(child))).as("nobody was created").isEmpty();
        assertThat(households.members(householdOf(pi))).hasSize(1);
    }

    @Proves("N7-whole-household")
    @Test
    void aMemberOnDibaoInAHouseholdStillBelowTheLineBringsTheWholeHouseholdIn() {
        ProcessInstance pi = reported(newIdNumber());

        // the spouse receives 低保; 900 元 a month for two is below the standard
        complete(task(pi), CaseFixtures.completeVisit(pi, INCOME_TRANSFER, 900.0, HOUSEHOLD_PARTLY_ON_DIBAO, true));
        AsyncSteps.settle(pi);

        assertThat(runtime.getVariable(pi.getId(), HOUSEHOLD_PARTLY_ON_DIBAO)).as("from the members' benefits").isEqualTo(true);
        assertThat(runtime.getVariable(pi.getId(), PER_CAPITA_INCOME)).isEqualTo(450.0);
        assertThat(runtime.getVariable(pi.getId(), ROUTES).toString()).contains("DIBAO_WHOLE_HOUSEHOLD");
        assertThat(households.members(householdOf(pi))).extracting(HouseholdRepository.Member::benefits)
                .containsExactlyInAnyOrder(null, "DIBAO");
    }

    @Test
    void aPersonAloneInAHouseholdWithoutAnOpenCaseJoinsTheVisitedHousehold() {
        ProcessInstance pi = reported(newIdNumber());
        long householdId = householdOf(pi);
        String mother = newIdNumber();
        long mothersHousehold = personOnFile("张桂英", mother);

        complete(task(pi), CaseFixtures.completeVisitWithMembers(pi, rows -> {
            rows.add(newMember("张桂英", mother, "PARENT"));
            return rows;
        }));
        AsyncSteps.settle(pi);

        assertThat(households.householdOf(personId(mother))).contains(householdId);
        assertThat(households.members(householdId)).extracting(HouseholdRepository.Member::name).contains("张桂英");
        assertThat(households.find(mothersHousehold).orElseThrow().mergedInto()).isEqualTo(householdId);
        assertThat(households.versions(householdId).get(households.versions(householdId).size() - 1).summary())
                .contains("张桂英 并入本户（父母）");
        assertThat(households.versions(mothersHousehold)).extracting(HouseholdRepository.Version::summary)
                .anyMatch(summary -> summary.contains("张桂英 并入户 " + householdId));
    }

    @Test
    void aJoinIsRefusedWhenBothHouseholdsHaveOpenCasesOrTheOtherHouseholdHasOthers() {
        ProcessInstance pi = reported(newIdNumber());
        String brother = newIdNumber();
        reported(brother);
        String aunt = newIdNumber();
        long auntsHousehold = personOnFile("刘秀珍", aunt);
        households.insertMember(auntsHousehold, persons.upsert(ResidentIdNumber.parse(newIdNumber()), "陈有福", null,
                TOWNSHIP, VILLAGE), "SPOUSE");

        assertThatThrownBy(() -> complete(task(pi), CaseFixtures.completeVisitWithMembers(pi, rows -> {
            rows.add(newMember("王二山", brother, "SIBLING"));
            rows.add(newMember("刘秀珍", aunt, "OTHER"));
            return rows;
        })))
                .isInstanceOf(IncompleteTaskException.class)
                .hasMessageContaining("第 2 位成员（王二山）：王二山 所在户和本户都有未办结的案件：请先办结其中一件，再并户")
                .hasMessageContaining("第 3 位成员（刘秀珍）：刘秀珍 已是另一户的成员（该户共 2 人）：请先在该户的入户调查中把其移出，再并入本户");
        BpmnAwareTests.assertThat(pi).isWaitingAt(DiscoveryCase.TASK_VISIT_HOUSEHOLD);
        assertThat(households.householdOf(personId(brother))).isNotEqualTo(java.util.Optional.of(householdOf(pi)));
        assertThat(households.householdOf(personId(aunt))).contains(auntsHousehold);
    }

    @Test
    void aMemberNoLongerListedMovesToAHouseholdOfTheirOwn() {
        ProcessInstance pi = reported(newIdNumber());
        long householdId = householdOf(pi);
        complete(task(pi), CaseFixtures.completeVisit(pi, INVESTIGATION_CONCLUSION, "MORE_NEEDED"));
        AsyncSteps.settle(pi);
        List<Map<String, Object>> rows = CaseFixtures.memberRows(pi.getId());
        assertThat(rows).hasSize(2);
        long spouse = Long.parseLong(rows.get(1).get(HouseholdMemberRows.PERSON_ID).toString());

        complete(task(pi), CaseFixtures.completeVisitWithMembers(pi, all -> new ArrayList<>(all.subList(0, 1))));
        AsyncSteps.settle(pi);

        long own = households.householdOf(spouse).orElseThrow();
        assertThat(own).isNotEqualTo(householdId);
        assertThat(households.members(own)).extracting(HouseholdRepository.Member::relation).containsExactly("HEAD");
        assertThat(households.members(householdId)).hasSize(1);
        assertThat(households.versions(householdId).get(households.versions(householdId).size() - 1).summary())
                .contains("李秀英 移出本户");
        assertThat(runtime.getVariable(pi.getId(), PER_CAPITA_INCOME)).as("one person now").isEqualTo(4000.0);
    }

    @Test
    void aCaseStartedBeforeTheHouseholdFileIsVisitedWithTheTotalsOfTheOldForm() {
        ProcessInstance pi = reported(newIdNumber());
        long householdId = householdOf(pi);
        int versions = households.versions(householdId).size();
        // a case started on the release before: its visit task was created without the member list
        runtime.removeVariable(pi.getId(), HOUSEHOLD_MEMBERS);

        assertThatThrownBy(() -> complete(task(pi), CaseFixtures.completeVisit()))
                .isInstanceOf(IncompleteTaskException.class).hasMessageContaining("请填写家庭人口")
                .hasMessageContaining("请填写工资性收入（没有请填 0）");
        complete(task(pi), CaseFixtures.completeVisitOnTheOldForm());
        AsyncSteps.settle(pi);

        assertThat(runtime.getVariable(pi.getId(), PER_CAPITA_INCOME)).isEqualTo(2000.0);
        assertThat(runtime.getVariable(pi.getId(), RIGID_SPENDING_SHARE)).isEqualTo(0.025);
        assertThat(jdbc.sql("SELECT household_size FROM home_visit WHERE case_id = :case").param("case", caseId(pi))
                .query(Integer.class).single()).isEqualTo(2);
        assertThat(households.versions(householdId)).as("the household file is left as it was").hasSize(versions);
        BpmnAwareTests.assertThat(pi).isWaitingAt(DiscoveryCase.TASK_EXPLAIN_POLICY);
    }
}
