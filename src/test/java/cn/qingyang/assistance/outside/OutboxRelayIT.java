package cn.qingyang.assistance.outside;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import cn.qingyang.assistance.Http;
import cn.qingyang.assistance.IntegrationTest;
import cn.qingyang.assistance.TestIdNumbers;
import cn.qingyang.assistance.discovery.CaseRepository;
import cn.qingyang.assistance.discovery.DiscoveryCaseProcess;
import cn.qingyang.assistance.intake.RegistrationService;
import cn.qingyang.assistance.intake.ReportRequest;
import cn.qingyang.assistance.security.CallerScope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outbox relay (issue 14): a service task only records its message with the case's
 * transaction, the relay sends it after the commit. A rollback after the SMS job texts the person
 * once; two relays never send one message; a failing link is tried again, then FAILED for the
 * operator to see; a dead node's claim is taken over.
 */
@IntegrationTest
class OutboxRelayIT {

    private static final OutboxRelayProperties SETTINGS =
            new OutboxRelayProperties(true, Duration.ofSeconds(10), 3, Duration.ofMinutes(1), Duration.ofMinutes(5), 100);

    @LocalServerPort
    int port;
    @Autowired
    OutboundMessageRepository messages;
    @Autowired
    Outbox outbox;
    @Autowired
    RegistrationService registration;
    @Autowired
    CaseRepository cases;
    @Autowired
    RuntimeService runtime;
    @Autowired
    RepositoryService repository;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcClient jdbc;

    /** What the links were asked to send, by idempotency key. */
    private final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private String deployment;

    @AfterEach
    void removeTheTestProcess() {
        if (deployment != null) {
            repository.deleteDeployment(deployment, true);
        }
    }

    private OutboxRelay relay(String node, SmsGateway sms) {
        return new OutboxRelay(messages, outbox, sms, (key, caseId, department, text) -> calls.add(key),
                (key, caseId, caseNumber, amount, purpose) -> calls.add(key), SETTINGS, Clock.systemUTC(), node);
    }

    private OutboxRelay countingRelay(String node) {
        return relay(node, (key, caseId, phone, text) -> calls.add(key));
    }

    private long registeredCase(String phone) {
        String idNumber = TestIdNumbers.withCheckDigit("34172319720404" + String.format("%03d", (int) (System.nanoTime() % 1000)));
        String caseNumber = registration.register(new ReportRequest("walk_in", "341723200", "341723200203", "窗口",
                new ReportRequest.PersonData("短信中继测试", idNumber, phone), "突发火灾", false, false, null),
                new CallerScope("admin", List.of("camunda-admin"))).caseNumber();
        return cases.findCase(caseNumber).orElseThrow().id();
    }

    private long idOf(String key) {
        return jdbc.sql("SELECT id FROM outbound_message WHERE idempotency_key = :key").param("key", key)
                .query(Long.class).single();
    }

    private int rows(String key) {
        return jdbc.sql("SELECT COUNT(*) FROM outbound_message WHERE idempotency_key = :key").param("key", key)
                .query(Integer.class).single();
    }

    private Map<String, Object> row(String key) {
        return jdbc.sql("SELECT status, attempts, next_attempt_at, last_error, claimed_by FROM outbound_message "
                + "WHERE idempotency_key = :key").param("key", key).query().singleRow();
    }

    private Instant nextAttemptAt(String key) {
        return jdbc.sql("SELECT next_attempt_at FROM outbound_message WHERE idempotency_key = :key").param("key", key)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant()).single();
    }

    private String status(String key) {
        return (String) row(key).get("status");
    }

    @Test
    void aRollbackAfterTheSmsJobSendsOneSms() {
        long caseId = registeredCase("13912345678");
        // the SMS task and, in the same transaction after it, a gateway that finds no way on for "BREAK" (a dead end)
        BpmnModelInstance model = Bpmn.createExecutableProcess("SmsThenFailure").camundaHistoryTimeToLive(1)
                .startEvent()
                .serviceTask("Task_SendSms").camundaAsyncBefore().camundaDelegateExpression("${smsNoticeSender}")
                .camundaInputParameter(SmsNoticeSender.KIND, "ROLLBACK_" + run)
                .camundaInputParameter(SmsNoticeSender.TEXT, "您的救助申请已受理。")
                .exclusiveGateway("Gateway_AfterSms")
                .condition("继续", "${afterSms == 'GO'}")
                .endEvent()
                .moveToLastGateway()
                .condition("办结", "${afterSms == 'DONE'}")
                .endEvent()
                .done();
        deployment = repository.createDeployment().addModelInstance("sms-then-failure.bpmn", model).deploy().getId();
        ProcessInstance pi = runtime.startProcessInstanceByKey("SmsThenFailure",
                Map.of(DiscoveryCaseProcess.CASE_ID, caseId, "afterSms", "BREAK"));
        String key = "sms:" + caseId + ":ROLLBACK_" + run;
        Job job = management.createJobQuery().processInstanceId(pi.getId()).singleResult();

        assertThatThrownBy(() -> management.executeJob(job.getId())).as("what follows the SMS task fails")
                .hasMessageContaining("Gateway_AfterSms");
        assertThat(rows(key)).as("the rollback took the recorded SMS with it").isZero();

        runtime.setVariable(pi.getId(), "afterSms", "GO");
        management.executeJob(job.getId());
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).as("the retry went through").isZero();
        assertThat(rows(key)).as("the retry recorded it once").isOne();
        assertThat(status(key)).isEqualTo("PENDING");
        assertThat(calls).as("nothing is sent inside the case's transaction").isEmpty();

        OutboxRelay relay = countingRelay("node-a-" + run);
        assertThat(relay.relay(idOf(key), Instant.now())).isTrue();
        assertThat(relay.relay(idOf(key), Instant.now())).as("a second run finds it sent").isFalse();
        assertThat(calls).containsExactly(key);
        assertThat(status(key)).isEqualTo("SENT");
        assertThat(messages.sentTo("SMS", caseId)).contains("13912345678 SENT");
    }

    @Test
    void twoRelaysRacingSendEveryMessageOnce() throws Exception {
        long caseId = registeredCase("13912345679");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            outbox.sms("sms:" + caseId + ":RACE_" + run + "_" + i, caseId, "13912345679", "第 " + i + " 条");
            ids.add(idOf("sms:" + caseId + ":RACE_" + run + "_" + i));
        }
        SmsGateway slowLink = (key, id, phone, text) -> {
            calls.add(key);
            try {
                Thread.sleep(5); // a gateway takes its time: the other relay runs meanwhile
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        OutboxRelay nodeA = relay("node-a-" + run, slowLink);
        OutboxRelay nodeB = relay("node-b-" + run, slowLink);
        CyclicBarrier together = new CyclicBarrier(2);
        Instant now = Instant.now();
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> sendAll(nodeA, ids, now, together));
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> sendAll(nodeB, ids, now, together));

        assertThat(a.get() + b.get()).as("each message went out through one relay").isEqualTo(20);
        assertThat(calls).hasSize(20).doesNotHaveDuplicates();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbound_message WHERE idempotency_key LIKE :keys AND status = 'SENT'")
                .param("keys", "sms:" + caseId + ":RACE_" + run + "_%").query(Integer.class).single()).isEqualTo(20);
    }

    private static int sendAll(OutboxRelay relay, List<Long> ids, Instant now, CyclicBarrier together) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return (int) ids.stream().filter(id -> relay.relay(id, now)).count();
    }

    @Test
    void aClaimIsExclusiveUntilItsLeaseRunsOut() {
        long caseId = registeredCase("13912345680");
        String key = "sms:" + caseId + ":LEASE_" + run;
        outbox.sms(key, caseId, "13912345680", "租约测试");
        long id = idOf(key);
        Instant now = Instant.now();

        assertThat(messages.claim(id, "dead-node-" + run, now, now.minus(SETTINGS.lease()))).isTrue();
        assertThat(messages.claim(id, "other-node-" + run, now, now.minus(SETTINGS.lease())))
                .as("a row claimed by one node is not claimed by another").isFalse();

        OutboxRelay survivor = countingRelay("survivor-" + run);
        assertThat(survivor.relay(id, now.plus(Duration.ofMinutes(1)))).as("the lease still holds").isFalse();
        assertThat(calls).isEmpty();
        assertThat(survivor.relay(id, now.plus(SETTINGS.lease()).plusSeconds(1)))
                .as("the node died while sending: its claim expired and is taken over").isTrue();
        assertThat(calls).containsExactly(key);
        assertThat(row(key)).containsEntry("status", "SENT").containsEntry("claimed_by", "survivor-" + run);
    }

    @Test
    void aFailingLinkIsTriedAgainLaterThenFailedAndCountedForTheOperator() {
        long caseId = registeredCase("13912345681");
        String key = "sms:" + caseId + ":FAILING_" + run;
        outbox.sms(key, caseId, "13912345681", "网关故障测试");
        long id = idOf(key);
        OutboxRelay relay = relay("node-a-" + run, (k, c, phone, text) -> {
            calls.add(k);
            throw new IllegalStateException("SMS gateway unreachable: connection refused (test)");
        });
        Instant start = Instant.now(); // (the database keeps microseconds: each attempt is made a millisecond after it is due)

        assertThat(relay.relay(id, start)).isFalse();
        assertThat(row(key)).containsEntry("status", "PENDING").containsEntry("attempts", 1);
        assertThat(nextAttemptAt(key))
                .as("tried again after the backoff").isCloseTo(start.plus(SETTINGS.backoff()), within(1, ChronoUnit.MILLIS));
        assertThat(relay.relay(id, start.plusSeconds(30))).as("not due yet").isFalse();
        assertThat(calls).hasSize(1);

        Instant second = nextAttemptAt(key).plusMillis(1);
        assertThat(relay.relay(id, second)).isFalse();
        assertThat(row(key)).containsEntry("status", "PENDING").containsEntry("attempts", 2);
        assertThat(nextAttemptAt(key)).as("the backoff doubles")
                .isCloseTo(second.plus(SETTINGS.backoff().multipliedBy(2)), within(1, ChronoUnit.MILLIS));

        assertThat(relay.relay(id, nextAttemptAt(key).plusMillis(1))).isFalse();
        assertThat(row(key)).containsEntry("status", "FAILED").containsEntry("attempts", 3);
        assertThat((String) row(key).get("last_error")).contains("unreachable");
        assertThat(relay.relay(id, start.plus(Duration.ofDays(1)))).as("FAILED is not tried again by itself").isFalse();
        assertThat(calls).hasSize(3);

        var health = Http.anonymous(port).get("/actuator/health/outbox");
        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").containsPattern("\"failed\":[1-9]");
    }

    @Test
    void aPersonWithoutPhoneIsNeverTexted() {
        long caseId = registeredCase(null);
        String key = "sms:" + caseId + ":NO_PHONE_" + run;
        outbox.sms(key, caseId, null, "无手机号测试");

        assertThat(status(key)).isEqualTo("NO_PHONE");
        assertThat(countingRelay("node-a-" + run).relay(idOf(key), Instant.now())).isFalse();
        assertThat(calls).isEmpty();
    }
}
