package cn.qingyang.assistance.outside;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingyang.assistance.AsyncSteps;
import cn.qingyang.assistance.Http;
import cn.qingyang.assistance.IntegrationTest;
import cn.qingyang.assistance.OutsideWorld;
import cn.qingyang.assistance.TestIdNumbers;
import cn.qingyang.assistance.aid.AssistanceProcesses;
import cn.qingyang.assistance.discovery.CaseRepository;
import cn.qingyang.assistance.discovery.DiscoveryCaseProcess;
import cn.qingyang.assistance.intake.RegistrationService;
import cn.qingyang.assistance.intake.ReportRequest;
import cn.qingyang.assistance.security.CallerScope;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Outside systems that fail (issue 6 §4, issue 14): the case only records what goes out, with its
 * own transaction, and goes on; the outbox relay sends it after the commit, tries a failed send
 * again after a backoff (the operator sees the message waiting in /actuator/health/outbox and a
 * WARN in the log) and sends it once the system is back; nothing is sent twice.
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
    JdbcClient jdbc;
    @Autowired
    Outbox outbox;
    @Autowired
    OutboxRelay relay;
    @Autowired
    OutboxRelayProperties relaySettings;

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
        return temporary;
    }

    private String status(long caseId, String channel) {
        return jdbc.sql("SELECT status FROM outbound_message WHERE channel = :channel AND case_id = :case")
                .param("channel", channel).param("case", caseId).query(String.class).single();
    }

    private int sent(long caseId, String channel) {
        return jdbc.sql("SELECT COUNT(*) FROM outbound_message WHERE channel = :channel AND case_id = :case")
                .param("channel", channel).param("case", caseId).query(Integer.class).single();
    }

    @Test
    void aFinanceSystemOutageNeitherStopsTheCaseNorLosesThePayment() throws Exception {
        ProcessInstance pi = approvedTemporaryAssistance();
        long caseId = (Long) runtime.getVariable(pi.getId(), DiscoveryCaseProcess.CASE_ID);
        OutsideWorld.down(FinanceSystem.CHANNEL);

        AsyncSteps.settle(pi);
        assertThat(runtime.createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).count())
                .as("the case went on: the payment is recorded, not yet sent").isZero();
        assertThat(status(caseId, FinanceSystem.CHANNEL)).isEqualTo("PENDING");

        Instant before = Instant.now();
        relay.relayDue();
        Map<String, Object> payment = jdbc.sql("SELECT id, status, attempts, next_attempt_at, last_error FROM outbound_message "
                + "WHERE channel = 'PAYMENT_RECORD' AND case_id = :case").param("case", caseId).query().singleRow();
        assertThat(payment).containsEntry("status", "PENDING").containsEntry("attempts", 1);
        assertThat((String) payment.get("last_error")).contains("unreachable");
        Instant next = jdbc.sql("SELECT next_attempt_at FROM outbound_message WHERE channel = 'PAYMENT_RECORD' AND case_id = :case")
                .param("case", caseId).query((rs, n) -> rs.getObject(1, java.time.OffsetDateTime.class).toInstant()).single();
        assertThat(next).as("tried again a minute later")
                .isBetween(before.plus(relaySettings.backoff()), Instant.now().plus(relaySettings.backoff()));
        assertThat(status(caseId, SmsGateway.CHANNEL)).as("the SMS link is up: the person is told").isEqualTo("SENT");
        HttpResponse<String> health = Http.anonymous(port).get("/actuator/health/outbox");
        assertThat(health.body()).as("the operator sees it waiting").containsPattern("\"pending\":[1-9]");

        OutsideWorld.up(FinanceSystem.CHANNEL);
        long id = ((Number) payment.get("id")).longValue();
        assertThat(relay.relay(id, Instant.now())).as("not before the backoff").isFalse();
        assertThat(relay.relay(id, Instant.now().plus(relaySettings.backoff()))).isTrue();
        assertThat(sent(caseId, FinanceSystem.CHANNEL)).isOne();
        assertThat(status(caseId, FinanceSystem.CHANNEL)).isEqualTo("SENT");
        assertThat(messages.sentTo("SMS", caseId)).containsExactly("13912345678 SENT");
        assertThat(jdbc.sql("SELECT recipient FROM outbound_message WHERE channel = 'SMS' AND case_id = :case")
                .param("case", caseId).query(String.class).single()).as("the phone is stored encrypted")
                .startsWith("v1:").doesNotContain("13912345678");
    }

    @Test
    void aPaymentRecordedAgainAfterACrashIsRecordedOnce() {
        ProcessInstance pi = approvedTemporaryAssistance();
        long caseId = (Long) runtime.getVariable(pi.getId(), DiscoveryCaseProcess.CASE_ID);
        String caseNumber = (String) runtime.getVariable(pi.getId(), DiscoveryCaseProcess.CASE_NUMBER);
        outbox.paymentRecord("payment:" + caseId + ":TEMPORARY", caseId, caseNumber, new java.math.BigDecimal("2000"), "重发");
        AsyncSteps.settle(pi);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(sent(caseId, FinanceSystem.CHANNEL)).as("the job after a crash finds the record already there").isOne();
    }
}
