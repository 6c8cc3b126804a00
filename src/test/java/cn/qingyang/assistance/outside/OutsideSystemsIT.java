package cn.qingyang.assistance.outside;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.qingyang.assistance.Http;
import cn.qingyang.assistance.IntegrationTest;
import cn.qingyang.assistance.OutsideWorld;
import cn.qingyang.assistance.TestIdNumbers;
import cn.qingyang.assistance.aid.AssistanceProcesses;
import cn.qingyang.assistance.aid.AssistanceProcesses.TemporaryAssistance;
import cn.qingyang.assistance.discovery.CaseRepository;
import cn.qingyang.assistance.discovery.DiscoveryCaseProcess;
import cn.qingyang.assistance.intake.RegistrationService;
import cn.qingyang.assistance.intake.ReportRequest;
import cn.qingyang.assistance.security.CallerScope;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Outside systems that fail (issue 6 §4): the call is an async job retried on the configured
 * cycle; when the retries run out an incident shows in Cockpit; "retry" there (the engine's
 * job-retries call) resumes the case; nothing is sent twice.
 */
@IntegrationTest
class OutsideSystemsIT {

    @LocalServerPort
    int port;
    @Autowired
    OutboundMessageRepository messages;

    @Autowired
    RegistrationService registration;
    @Autowired
    CaseRepository cases;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FinanceSystem finance;

    @AfterEach
    void everythingUpAgain() {
        OutsideWorld.up(FinanceSystem.CHANNEL);
    }

    /** A registered case of 乔木乡 with its 临时救助 approved by the township, waiting to record the payment. */
    private ProcessInstance approvedTemporaryAssistance() {
        String idNumber = TestIdNumbers.withCheckDigit("34172319720303" + String.format("%03d", (int) (System.nanoTime() % 1000)));
        String caseNumber = registration.register(new ReportRequest("walk_in", "341723200", "341723200203", "窗口",
                new ReportRequest.PersonData("外部系统测试", idNumber, "13912345678"), "突发火灾", false, false, null),
                new CallerScope("admin", List.of("camunda-admin"))).caseNumber();
        long caseId = cases.findCase(caseNumber).orElseThrow().id();
        ProcessInstance temporary = runtime.startProcessInstanceByKey(AssistanceProcesses.TEMPORARY_KEY, caseNumber, Map.of(
                DiscoveryCaseProcess.CASE_ID, caseId, DiscoveryCaseProcess.CASE_NUMBER, caseNumber,
                DiscoveryCaseProcess.TOWNSHIP_CODE, "341723200", DiscoveryCaseProcess.TOWNSHIP_NAME, "乔木乡",
                DiscoveryCaseProcess.TOWNSHIP_AID_CAP, 8100.0));
        String task = tasks.createTaskQuery().processInstanceId(temporary.getId()).singleResult().getId();
        tasks.complete(task, Map.of(AssistanceProcesses.TEMPORARY_AMOUNT, 2000.0, AssistanceProcesses.TEMPORARY_REASON,
                "房屋失火，购置被褥", AssistanceProcesses.TOWNSHIP_TEMPORARY_DECISION, "APPROVED",
                AssistanceProcesses.TOWNSHIP_TEMPORARY_OPINION, "同意"));
        management.executeJob(job(temporary, TemporaryAssistance.TASK_RECORD_TEMPORARY_PAYMENT).getId());
        return temporary;
    }

    private Job job(ProcessInstance pi, String activityId) {
        return management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
    }

    private int sent(long caseId, String channel) {
        return jdbc.sql("SELECT COUNT(*) FROM outbound_message WHERE channel = :channel AND case_id = :case")
                .param("channel", channel).param("case", caseId).query(Integer.class).single();
    }

    @Test
    void aFinanceSystemOutageBecomesAnIncidentAndRetryFromCockpitResumesTheCase() throws Exception {
        ProcessInstance pi = approvedTemporaryAssistance();
        long caseId = (Long) runtime.getVariable(pi.getId(), DiscoveryCaseProcess.CASE_ID);
        OutsideWorld.down(FinanceSystem.CHANNEL);

        Job payment = job(pi, TemporaryAssistance.TASK_SEND_PAYMENT_RECORD);
        assertThat(payment.getRetries()).isEqualTo(3);
        Instant before = Instant.now();
        assertThatThrownBy(() -> management.executeJob(payment.getId())).hasMessageContaining("unreachable");
        Job afterFirst = job(pi, TemporaryAssistance.TASK_SEND_PAYMENT_RECORD);
        assertThat(afterFirst.getRetries()).as("R3/PT5M: two retries left").isEqualTo(2);
        assertThat(afterFirst.getDuedate().toInstant()).as("retried five minutes later")
                .isBetween(before.plus(4, ChronoUnit.MINUTES), Instant.now().plus(6, ChronoUnit.MINUTES));
        assertThat(runtime.createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
        for (int attempt = 2; attempt <= 3; attempt++) {
            assertThatThrownBy(() -> management.executeJob(payment.getId())).hasMessageContaining("unreachable");
        }
        Incident incident = runtime.createIncidentQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(incident).as("Cockpit shows an incident").isNotNull();
        assertThat(incident.getActivityId()).isEqualTo(TemporaryAssistance.TASK_SEND_PAYMENT_RECORD);
        assertThat(incident.getIncidentMessage()).contains("unreachable");
        assertThat(sent(caseId, FinanceSystem.CHANNEL)).isZero();

        OutsideWorld.up(FinanceSystem.CHANNEL);
        Http admin = Http.basic(port, "admin", "demo");
        HttpResponse<String> retry = admin.send(admin.request("/engine-rest/job/" + payment.getId() + "/retries")
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"retries\": 1}")));
        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(204);
        assertThat(runtime.createIncidentQuery().processInstanceId(pi.getId()).count()).as("retry resolves it").isZero();
        management.executeJob(payment.getId());

        management.executeJob(job(pi, TemporaryAssistance.TASK_NOTIFY_PAID).getId());
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).as("the case went on").isZero();
        assertThat(sent(caseId, FinanceSystem.CHANNEL)).isOne();
        assertThat(messages.sentTo("SMS", caseId)).containsExactly("13912345678 SENT");
        assertThat(jdbc.sql("SELECT recipient FROM outbound_message WHERE channel = 'SMS' AND case_id = :case")
                .param("case", caseId).query(String.class).single()).as("the phone is stored encrypted")
                .startsWith("v1:").doesNotContain("13912345678");
    }

    @Test
    void aPaymentSentAgainAfterACrashIsRecordedOnce() {
        ProcessInstance pi = approvedTemporaryAssistance();
        long caseId = (Long) runtime.getVariable(pi.getId(), DiscoveryCaseProcess.CASE_ID);
        String caseNumber = (String) runtime.getVariable(pi.getId(), DiscoveryCaseProcess.CASE_NUMBER);
        finance.recordPayment("payment:" + caseId + ":TEMPORARY", caseId, caseNumber, new java.math.BigDecimal("2000"), "重发");
        management.executeJob(job(pi, TemporaryAssistance.TASK_SEND_PAYMENT_RECORD).getId());
        assertThat(sent(caseId, FinanceSystem.CHANNEL)).as("the job after a crash finds the record already sent").isOne();
    }
}
