package cn.qingyang.assistance.discovery;

import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.qingyang.assistance.AsyncSteps;
import cn.qingyang.assistance.TestIdNumbers;
import cn.qingyang.assistance.aid.AssistanceProcesses;
import cn.qingyang.assistance.discovery.DiscoveryCaseProcess.DiscoveryCase;
import cn.qingyang.assistance.intake.RegistrationService;
import cn.qingyang.assistance.intake.ReportRequest;
import cn.qingyang.assistance.ledger.FollowUpProcess;
import cn.qingyang.assistance.security.CallerScope;
import cn.qingyang.assistance.household.HouseholdMemberRows;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test data: valid ID numbers of the county, reports, and complete or partial visit records; and
 * {@link Cases}, which drives a case and reads what it left behind.
 */
public final class CaseFixtures {

    private static final AtomicInteger SERIAL = new AtomicInteger(100);
    private static final ObjectMapper JSON = new ObjectMapper();

    public static final CallerScope QIAOMU_CASEWORKER = new CallerScope("qiaomu-caseworker", List.of("township-341723200"));

    private CaseFixtures() {
    }

    /** A fresh, valid ID number of Qingyang (341723), born 1950-1999, unique in this JVM. */
    public static String newIdNumber() {
        int serial = SERIAL.incrementAndGet();
        String body = "341723" + (1950 + serial % 50) + "0101" + String.format("%03d", serial % 1000);
        return TestIdNumbers.withCheckDigit(body);
    }

    public static ReportRequest report(String idNumber, boolean urgent, boolean relatedToStaff) {
        return new ReportRequest("village_sweep", "341723200", "341723200201", "张卫国",
                new ReportRequest.PersonData("王大山", idNumber, "13800000000"), "独居老人，患重病，无稳定收入",
                urgent, relatedToStaff, null);
    }

    /** A visit where the person was not seen. */
    public static Map<String, Object> notSeenVisit() {
        Map<String, Object> v = new HashMap<>();
        v.put(VISIT_DATE, LocalDate.now().toString());
        v.put(INVESTIGATOR_1, "王建华");
        v.put(INVESTIGATOR_2, "李秀兰");
        v.put(PERSON_SEEN, "NO");
        v.put(NOT_SEEN_REASON, "家中无人，邻居称外出务工");
        return v;
    }

    /**
     * A complete visit as the form sends it, apart from the household's members: every assessment
     * item, a countermeasure, "情况已查清". With {@link #completeVisit(ProcessInstance, Object...)}
     * the members come along; the fast tests, whose recorder is mocked, use this alone.
     */
    public static Map<String, Object> completeVisit() {
        Map<String, Object> v = new HashMap<>(notSeenVisit());
        v.put(PERSON_SEEN, "YES");
        v.remove(NOT_SEEN_REASON);
        v.put(HEALTH_STATUS, "SERIOUS");
        v.put(DISABILITY_GRADE, "0");
        v.put(LABOUR_CAPACITY, "LOST");
        v.put(ADL_EATING, "YES");
        v.put(ADL_DRESSING, "YES");
        v.put(ADL_BATHING, "NO");
        v.put(ADL_TOILETING, "YES");
        v.put(ADL_TRANSFERRING, "YES");
        v.put(ADL_WALKING, "YES");
        v.put(MAIN_ASSETS, "自有砖木结构住房一处，无车辆，存款约 2000 元");
        v.put(CAUSE_1, "01");
        v.put(CAUSE_2, "04");
        v.put(HARDSHIP_DEGREE, "SEVERE");
        v.put(SELF_HELP_CAPACITY, "WEAK");
        v.put(EXTREME_POVERTY_PERSON, false);
        v.put(RIGHTS_AT_RISK, false);
        v.put(WILLING_CENTRAL_CARE, false);
        v.put(MEDICAL_NEED, false);
        v.put(HOUSING_NEED, false);
        v.put(EMPLOYMENT_NEED, false);
        v.put(EDUCATION_NEED, false);
        v.put(TEMPORARY_NEED, false);
        v.put(CAN_APPLY_THEMSELVES, "YES");
        v.put(FINDINGS, "本人患尿毒症，每周透析两次，配偶无劳动能力");
        v.put(COUNTERMEASURES, "宣讲低保、医疗救助政策，纳入台账定期回访");
        v.put(INVESTIGATION_CONCLUSION, "COMPLETE");
        v.put(HOUSEHOLD_FACTS, householdFacts());
        return v;
    }

    /**
     * The household's own facts as the visit form's group 家庭基本情况 sends them (Json): a rural
     * household in its own brick house (safety B), no vehicle, savings under 10,000 元, no business,
     * a 低保边缘 household, one son working away who cannot support it.
     */
    public static Object householdFacts() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put(cn.qingyang.assistance.household.HouseholdFacts.ADDRESS, "乔木乡凌塘村三组 12 号");
        facts.put(cn.qingyang.assistance.household.HouseholdFacts.REGISTRATION_TYPE, "RURAL");
        facts.put(cn.qingyang.assistance.household.HouseholdFacts.HOUSING_TYPE, "OWN");
        facts.put(cn.qingyang.assistance.household.HouseholdFacts.HOUSING_SAFETY, "B");
        facts.put(cn.qingyang.assistance.household.HouseholdFacts.HOUSES, 1);
        facts.put(cn.qingyang.assistance.household.HouseholdFacts.VEHICLES, 0);
        facts.put(cn.qingyang.assistance.household.HouseholdFacts.SAVINGS_BAND, "UNDER_10K");
        facts.put(cn.qingyang.assistance.household.HouseholdFacts.LIFTED_FROM_POVERTY, false);
        facts.put(cn.qingyang.assistance.household.HouseholdFacts.UNDER_MONITORING, false);
        facts.put(cn.qingyang.assistance.household.HouseholdFacts.FOCUS_GROUPS, List.of("MARGINAL"));
        facts.put(cn.qingyang.assistance.household.HouseholdFacts.SUPPORTERS, List.of(Map.of(
                cn.qingyang.assistance.household.HouseholdFacts.SUPPORTER_NAME, "王小军",
                cn.qingyang.assistance.household.HouseholdFacts.SUPPORTER_RELATION, "CHILD",
                cn.qingyang.assistance.household.HouseholdFacts.SUPPORTER_ABLE, "NO",
                cn.qingyang.assistance.household.HouseholdFacts.SUPPORTER_NOTE, "在外打零工，收入仅够自身生活")));
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(facts)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A complete visit on the form before the household file (a case started before this release
     * has no member rows): the household's totals typed in. A two-person household whose income
     * (4000 元 of transfers a month) is above every line, with 1200 元 of medical spending a year.
     */
    public static Map<String, Object> completeVisitOnTheOldForm() {
        Map<String, Object> v = completeVisit();
        v.putAll(OLD_TOTALS);
        return v;
    }

    /** The household's totals of the old form, and of the household {@link #completeVisit(ProcessInstance, Object...)} makes. */
    private static final Map<String, Object> OLD_TOTALS = Map.of(HOUSEHOLD_SIZE, 2L, INCOME_WAGE, 0L, INCOME_BUSINESS, 0L,
            INCOME_PROPERTY, 0L, INCOME_TRANSFER, 4000.0, MEDICAL_SPENDING, 1200.0, EDUCATION_SPENDING, 0L,
            HOUSEHOLD_PARTLY_ON_DIBAO, false);

    /**
     * A complete visit of a case as Tasklist submits it: the member rows the task was created with
     * ({@link DiscoveryCaseProcess#HOUSEHOLD_MEMBERS}), each filled in, sent back as a Json
     * variable. A household of the reported person alone gets a spouse (a new member with a
     * fresh ID number), so that the household is the one the tests always described: two people,
     * the reported person seriously ill, 4000 元 of transfer income a month (2000 per person, above
     * every line) and 100 元 of medical spending a month, nobody on 低保; the income and
     * spending are the reported person's. The overrides are the form's fields, and the household's
     * totals as the old form named them: {@code INCOME_*} (the household's monthly income of that
     * kind), {@code MEDICAL_SPENDING}/{@code EDUCATION_SPENDING} (a year's) and
     * {@code HOUSEHOLD_PARTLY_ON_DIBAO} (the spouse receives 低保) are written into the rows.
     */
    public static Map<String, Object> completeVisit(ProcessInstance pi, Object... overrides) {
        return completeVisit(pi.getId(), overrides);
    }

    /** As {@link #completeVisit(ProcessInstance, Object...)}, for the process instance with this id. */
    public static Map<String, Object> completeVisit(String processInstanceId, Object... overrides) {
        return completeVisitWithMembers(processInstanceId, rows -> {
            if (rows.size() == 1) {
                rows.add(newMember("李秀英", newIdNumber(), "SPOUSE"));
            }
            return rows;
        }, overrides);
    }

    /**
     * A complete visit whose member rows the test edits: the rows the task was created with, each
     * filled in (the first, the person of the case, with the household's income and spending as
     * in {@link #completeVisit(ProcessInstance, Object...)}, the others without income), then
     * {@code members} adds ({@link #newMember}) or removes rows.
     */
    public static Map<String, Object> completeVisitWithMembers(ProcessInstance pi,
            UnaryOperator<List<Map<String, Object>>> members, Object... overrides) {
        return completeVisitWithMembers(pi.getId(), members, overrides);
    }

    private static Map<String, Object> completeVisitWithMembers(String processInstanceId,
            UnaryOperator<List<Map<String, Object>>> members, Object... overrides) {
        Map<String, Object> totals = new HashMap<>(OLD_TOTALS);
        Map<String, Object> form = completeVisit();
        boolean factsGiven = false;
        for (int i = 0; i < overrides.length; i += 2) {
            String key = (String) overrides[i];
            if (OLD_TOTALS.containsKey(key) && !HOUSEHOLD_SIZE.equals(key)) {
                totals.put(key, overrides[i + 1]);
            } else {
                factsGiven |= HOUSEHOLD_FACTS.equals(key);
                form.put(key, overrides[i + 1]);
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Map<String, Object>> prefilled = memberRows(processInstanceId);
        for (int i = 0; i < prefilled.size(); i++) {
            Map<String, Object> row = withoutIncome(prefilled.get(i));
            if (i == 0) {
                row.put(HouseholdMemberRows.HEALTH, "SERIOUS");
                row.put(HouseholdMemberRows.ILLNESS, "尿毒症");
                row.put(HouseholdMemberRows.SELF_CARE, "PARTIAL");
                row.put(HouseholdMemberRows.INCOME_WAGE, totals.get(INCOME_WAGE));
                row.put(HouseholdMemberRows.INCOME_BUSINESS, totals.get(INCOME_BUSINESS));
                row.put(HouseholdMemberRows.INCOME_PROPERTY, totals.get(INCOME_PROPERTY));
                row.put(HouseholdMemberRows.INCOME_TRANSFER, totals.get(INCOME_TRANSFER));
                row.put(HouseholdMemberRows.MEDICAL_SPENDING, monthly(totals.get(MEDICAL_SPENDING)));
                row.put(HouseholdMemberRows.EDUCATION_SPENDING, monthly(totals.get(EDUCATION_SPENDING)));
            }
            rows.add(row);
        }
        rows = members.apply(rows);
        if (Boolean.TRUE.equals(totals.get(HOUSEHOLD_PARTLY_ON_DIBAO))) {
            for (int i = 1; i < rows.size(); i++) {
                rows.get(i).put(HouseholdMemberRows.BENEFITS, List.of("DIBAO"));
            }
        }
        form.put(HOUSEHOLD_MEMBERS, membersAsTasklistSendsThem(rows));
        if (!factsGiven) {
            form.put(HOUSEHOLD_FACTS, householdFactsAsPrefilled(processInstanceId));
        }
        return form;
    }

    /**
     * The group 家庭基本情况 as the caseworker sends it back: what the task was created with (the
     * file), and where the file has nothing yet, the values of {@link #householdFacts()}.
     */
    @SuppressWarnings("unchecked")
    private static Object householdFactsAsPrefilled(String processInstanceId) {
        try {
            Object prefilled = BpmnAwareTests.runtimeService().getVariableTyped(processInstanceId, HOUSEHOLD_FACTS, false);
            Map<String, Object> onFile = prefilled == null ? new LinkedHashMap<>()
                    : JSON.readValue(((org.camunda.bpm.engine.variable.value.SerializableValue) prefilled).getValueSerialized(), Map.class);
            Map<String, Object> defaults = JSON.readValue(
                    ((org.camunda.bpm.engine.variable.value.SerializableValue) householdFacts()).getValueSerialized(), Map.class);
            Map<String, Object> sent = new LinkedHashMap<>(defaults);
            onFile.forEach((key, value) -> {
                boolean empty = value == null || value instanceof List<?> list && list.isEmpty() || Boolean.FALSE.equals(value);
                if (!empty) {
                    sent.put(key, value);
                }
            });
            return SpinValues.jsonValue(JSON.writeValueAsString(sent)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A member added on the visit form: a new row (no person id) with the number typed in, healthy,
     * unable to work, without income or spending.
     */
    public static Map<String, Object> newMember(String name, String idNumber, String relation) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put(HouseholdMemberRows.PERSON_ID, "");
        row.put(HouseholdMemberRows.NAME, name);
        row.put(HouseholdMemberRows.ID_NUMBER, idNumber);
        row.put(HouseholdMemberRows.RELATION, relation);
        return withoutIncome(row);
    }

    /** The row with every item filled in: healthy, unable to work, without income, spending or benefits. */
    public static Map<String, Object> withoutIncome(Map<String, Object> row) {
        Map<String, Object> filled = new LinkedHashMap<>(row);
        filled.put(HouseholdMemberRows.HEALTH, "HEALTHY");
        filled.put(HouseholdMemberRows.ILLNESS, null);
        filled.put(HouseholdMemberRows.DISABILITY_CATEGORY, "NONE");
        filled.put(HouseholdMemberRows.LABOUR_CAPACITY, "LOST");
        filled.put(HouseholdMemberRows.SELF_CARE, "SELF");
        filled.put(HouseholdMemberRows.SCHOOLING, "NOT_IN_SCHOOL");
        filled.put(HouseholdMemberRows.EMPLOYMENT, "UNABLE");
        for (String amount : List.of(HouseholdMemberRows.INCOME_WAGE, HouseholdMemberRows.INCOME_BUSINESS,
                HouseholdMemberRows.INCOME_PROPERTY, HouseholdMemberRows.INCOME_TRANSFER,
                HouseholdMemberRows.MEDICAL_SPENDING, HouseholdMemberRows.EDUCATION_SPENDING)) {
            filled.put(amount, 0);
        }
        filled.put(HouseholdMemberRows.BENEFITS, List.of());
        return filled;
    }

    /** The member rows the visit task was created with, as the form reads them. */
    public static List<Map<String, Object>> memberRows(String processInstanceId) {
        Object value = BpmnAwareTests.runtimeService().getVariable(processInstanceId, HOUSEHOLD_MEMBERS);
        try {
            return new ArrayList<>(JSON.readValue(value.toString(), new TypeReference<List<Map<String, Object>>>() {
            }));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the visit task's member rows are not JSON: " + value, e);
        }
    }

    /** A list of rows as Tasklist's form sends it: a Json variable. */
    public static Object membersAsTasklistSendsThem(List<Map<String, Object>> rows) {
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(rows)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A year's spending, per month; null stays null (a test of a missing value). */
    private static Object monthly(Object yearly) {
        return yearly == null ? null : new BigDecimal(yearly.toString()).divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
    }

    public static Map<String, Object> with(Map<String, Object> base, Object... keysAndValues) {
        Map<String, Object> copy = new HashMap<>(base);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            copy.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return copy;
    }

    /**
     * Cases driven as the workers would: a report registered through the real service, the visit
     * completed with the values its form submits, async steps run by executing their jobs; and what
     * a case left in our tables. Shared by the process tests of discovery, aid and ledger.
     */
    public static final class Cases {

        private final RegistrationService registration;
        private final RuntimeService runtime;
        private final HistoryService history;
        private final JdbcClient jdbc;

        public Cases(RegistrationService registration, RuntimeService runtime, HistoryService history, JdbcClient jdbc) {
            this.registration = registration;
            this.runtime = runtime;
            this.history = history;
            this.jdbc = jdbc;
        }

        public ProcessInstance open(boolean urgent, boolean relatedToStaff) {
            String caseNumber = registration.register(report(newIdNumber(), urgent, relatedToStaff), QIAOMU_CASEWORKER).caseNumber();
            return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult();
        }

        public long caseId(ProcessInstance pi) {
            return (Long) history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).variableName(CASE_ID)
                    .singleResult().getValue();
        }

        public String caseStatus(ProcessInstance pi) {
            return jdbc.sql("SELECT status FROM discovery_case WHERE id = :id").param("id", caseId(pi)).query(String.class).single();
        }

        public long count(String sql, ProcessInstance pi) {
            return jdbc.sql(sql).param("case", caseId(pi)).query(Long.class).single();
        }

        /**
         * After the join, for a household the visit found above every line: classification, no route,
         * the policy explained, the ledger (an async step) and closing.
         */
        public void finishAfterJoin(ProcessInstance pi) {
            AsyncSteps.settle(pi);
            assertThat(pi).isWaitingAt(DiscoveryCase.TASK_EXPLAIN_POLICY);
            complete(task(DiscoveryCase.TASK_EXPLAIN_POLICY, pi), Map.of(AssistanceProcesses.INFORMED_HOW, "IN_PERSON",
                    AssistanceProcesses.POLICY_EXPLAINED, "人均收入高于低保标准，暂不符合条件；讲解了临时救助申请渠道",
                    AssistanceProcesses.STILL_IN_HARDSHIP, "YES"));
            finishLedger(pi);
        }

        /**
         * Runs what is left after the last task of the case: the async steps after it (the join of
         * the routes, the ledger, the follow-up and closing), up to the end.
         */
        public void finishLedger(ProcessInstance pi) {
            AsyncSteps.settle(pi);
            assertThat(pi).isEnded().hasPassed(DiscoveryCase.TASK_CLASSIFY_HARDSHIP, DiscoveryCase.TASK_ROUTE_ASSISTANCE,
                    DiscoveryCase.TASK_ENTER_LEDGER, DiscoveryCase.TASK_CLOSE_CASE, DiscoveryCase.END_EVENT_CASE_CLOSED);
        }

        /** A case whose visit leads to the given routes: registered, visited, classified and routed. */
        public ProcessInstance routedCase(Object... visitOverrides) {
            ProcessInstance pi = open(false, false);
            complete(task(pi), completeVisit(pi, visitOverrides));
            settleCase(pi);
            return pi;
        }

        /**
         * Runs the async steps of the case itself up to its next wait states (the processes it calls
         * are started, their own first steps are left to the tests that drive them), as the job
         * executor would; a step that fails fails the test.
         */
        public void settleCase(ProcessInstance pi) {
            var management = BpmnAwareTests.managementService();
            for (int round = 0; round < 50; round++) {
                List<Job> due = management.createJobQuery().processInstanceId(pi.getId()).messages().executable().list();
                if (due.isEmpty()) {
                    return;
                }
                due.forEach(job -> management.executeJob(job.getId()));
            }
            throw new AssertionError("the async steps of case " + pi.getId() + " did not come to rest");
        }

        public ProcessInstance called(ProcessInstance pi, String key) {
            return runtime.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).processDefinitionKey(key).singleResult();
        }

        public void guideApplication(ProcessInstance pi) {
            assertThat(pi).isWaitingAt(DiscoveryCase.TASK_GUIDE_APPLICATION);
            assertThat(task(pi)).hasCandidateGroup("township-341723200");
            complete(task(pi), Map.of(AssistanceProcesses.APPLICATION_DATE, "2026-11-30",
                    AssistanceProcesses.APPLICATION_CHANNEL, "ONLINE", AssistanceProcesses.APPLICATION_NOTE, "已指导本人网上申请，材料齐全"));
            settleCase(pi);
        }

        public String decision(ProcessInstance pi, String kind, String column) {
            return jdbc.sql("SELECT " + column + " FROM assistance_decision WHERE case_id = :case AND kind = :kind")
                    .param("case", caseId(pi)).param("kind", kind).query(String.class).single();
        }

        /** What went out to outside systems for the case on a channel (DEPARTMENT_NOTICE, PAYMENT_RECORD, SMS). */
        public List<String> outbound(ProcessInstance pi, String channel) {
            return jdbc.sql("SELECT payload FROM outbound_message WHERE case_id = :case AND channel = :channel")
                    .param("case", caseId(pi)).param("channel", channel).query(String.class).list();
        }

        public String ledgerMeasures(ProcessInstance pi) {
            return jdbc.sql("SELECT measures FROM ledger_entry WHERE case_id = :case AND kind = 'CLASSIFIED'")
                    .param("case", caseId(pi)).query(String.class).single();
        }

        /** The follow-up visits the ledger started for the case (clause 6 and 8), or null. */
        public ProcessInstance followUpOf(ProcessInstance pi) {
            String caseNumber = (String) history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                    .variableName(CASE_NUMBER).singleResult().getValue();
            return runtime.createProcessInstanceQuery().processDefinitionKey(FollowUpProcess.PROCESS_KEY)
                    .processInstanceBusinessKey(caseNumber).singleResult();
        }
    }
}
