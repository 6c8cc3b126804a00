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
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test data: valid ID numbers of the county, reports, and complete or partial visit records; and
 * {@link Cases}, which drives a case and reads what it left behind.
 */
public final class CaseFixtures {

    private static final AtomicInteger SERIAL = new AtomicInteger(100);

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
     * A complete visit: every assessment item, a countermeasure, "情况已查清". The household's
     * income is above every line and it has no special need, so AssistanceRoutes finds no route:
     * the township explains the policy. Tests of a route override the items that lead to it.
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
        v.put(HOUSEHOLD_SIZE, 2L);
        v.put(INCOME_WAGE, 0L);
        v.put(INCOME_BUSINESS, 0L);
        v.put(INCOME_PROPERTY, 0L);
        v.put(INCOME_TRANSFER, 4000.0);
        v.put(MAIN_ASSETS, "自有砖木结构住房一处，无车辆，存款约 2000 元");
        v.put(MEDICAL_SPENDING, 1200.0);
        v.put(EDUCATION_SPENDING, 0L);
        v.put(CAUSE_1, "01");
        v.put(CAUSE_2, "04");
        v.put(HARDSHIP_DEGREE, "SEVERE");
        v.put(SELF_HELP_CAPACITY, "WEAK");
        v.put(HOUSEHOLD_PARTLY_ON_DIBAO, false);
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
        return v;
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
            complete(task(pi), with(completeVisit(), visitOverrides));
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
