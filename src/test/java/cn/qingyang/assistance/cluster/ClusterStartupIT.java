package cn.qingyang.assistance.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingyang.assistance.AppProcess;
import cn.qingyang.assistance.Http;
import cn.qingyang.assistance.TestDatabase;
import cn.qingyang.assistance.TestIdNumbers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Issue 6 §2: two application nodes (separate JVMs and ports) on one PostgreSQL database, the
 * engine's own clustering. A batch of approved 临时救助 runs through async jobs (payment
 * recorded, finance system told, SMS sent) on both nodes' job executors; one node is killed with
 * SIGKILL in the middle; the other finishes all of it, and no business effect happens twice. Due
 * timers (a past month's village sweep deadlines) fire once each.
 */
class ClusterStartupIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final int CASES = 200;

    String[] db;

    private long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(db[0], db[1], db[2]);
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private AppProcess node(String name, Path dir) throws Exception {
        return AppProcess.start(AppProcess.freePort(), dir.resolve(name + ".log"), "--spring.profiles.active=demo,postgres",
                "--spring.datasource.url=" + db[0], "--spring.datasource.username=" + db[1],
                "--spring.datasource.password=" + db[2],
                // a killed node's locks expire after 10 s (default 5 min), so the other node takes its jobs over soon
                "--camunda.bpm.job-execution.lock-time-in-millis=10000",
                "--camunda.bpm.job-execution.wait-time-in-millis=200",
                "--camunda.bpm.job-execution.max-wait=1000",
                "--camunda.bpm.generic-properties.properties.hostname=" + name);
    }

    private static void suspendJobs(Http admin, boolean suspended) throws Exception {
        var response = admin.send(admin.request("/engine-rest/job-definition/suspended").header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of(
                        "processDefinitionKey", "TemporaryAssistance", "suspended", suspended, "includeJobs", true)))));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    }

    @Test
    void aKilledNodesWorkIsFinishedByTheOtherAndNothingHappensTwice() throws Exception {
        Assumptions.assumeTrue(TestDatabase.postgresAvailable("the two-node cluster test"));
        db = TestDatabase.newPostgresDatabase("qingyang_cluster");
        Path dir = Files.createTempDirectory("qingyang-cluster");
        AppProcess a = node("node-a", dir);
        AppProcess b = node("node-b", dir);
        try {
            // the batch is set up first, its jobs held (suspended), then released to both nodes at once
            Http adminA = Http.basic(a.port(), "admin", "demo");
            suspendJobs(adminA, true);
            List<String> instances = new ArrayList<>();
            for (int i = 0; i < CASES; i++) {
                AppProcess node = i % 2 == 0 ? a : b;
                Http admin = Http.basic(node.port(), "admin", "demo");
                String idNumber = TestIdNumbers.withCheckDigit("34172319500101" + String.format("%03d", i));
                JsonNode report = JSON.readTree(admin.postJson("/api/reports", JSON.writeValueAsString(Map.of(
                        "channel", "walk_in", "townshipCode", "341723200", "villageCode", "341723200201",
                        "person", Map.of("name", "集群测试", "idNumber", idNumber, "phone", "13900000000"),
                        "description", "集群测试", "urgent", false, "relatedToStaff", false))).body());
                String caseNumber = report.get("caseNumber").asText();
                long caseId = count("SELECT id FROM discovery_case WHERE case_number = '" + caseNumber + "'");
                JsonNode started = JSON.readTree(admin.postJson("/engine-rest/process-definition/key/TemporaryAssistance/start",
                        JSON.writeValueAsString(Map.of("businessKey", caseNumber, "variables", Map.of(
                                "caseId", Map.of("value", caseId, "type", "Long"), "caseNumber", Map.of("value", caseNumber),
                                "townshipCode", Map.of("value", "341723200"), "townshipName", Map.of("value", "乔木乡"),
                                "townshipAidCap", Map.of("value", 8100.0, "type", "Double"))))).body());
                instances.add(started.get("id").asText());
                String task = JSON.readTree(admin.get("/engine-rest/task?processInstanceId=" + started.get("id").asText())
                        .body()).get(0).get("id").asText();
                var done = admin.postJson("/engine-rest/task/" + task + "/complete", JSON.writeValueAsString(Map.of("variables",
                        Map.of("temporaryAmount", Map.of("value", 500.0, "type", "Double"),
                                "temporaryReason", Map.of("value", "突发困难"),
                                "townshipTemporaryDecision", Map.of("value", "APPROVED"),
                                "townshipTemporaryOpinion", Map.of("value", "同意")))));
                assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
            }
            assertThat(count("SELECT COUNT(*) FROM act_ru_job WHERE suspension_state_ = 2")).as("the batch's jobs, held")
                    .isEqualTo(CASES);
            // timers too: a township sweep of a past month, whose villages' reminder and deadline timers are all due
            var sweep = adminA.postJson("/engine-rest/process-definition/key/TownshipSweep/start", JSON.writeValueAsString(
                    Map.of("variables", Map.of("townshipCode", Map.of("value", "341723200"), "sweepMonth", Map.of("value", "2026-01")))));
            assertThat(sweep.statusCode()).as(sweep.body()).isEqualTo(200);
            suspendJobs(adminA, false);
            AppProcess.waitFor("some jobs done", Duration.ofMinutes(2),
                    () -> count("SELECT COUNT(*) FROM outbound_message WHERE channel = 'SMS'") >= 10);
            long smsAtKill = count("SELECT COUNT(*) FROM outbound_message WHERE channel = 'SMS'");
            assertThat(a.kill()).as("node A killed (SIGKILL)").isEqualTo(137);

            AppProcess.waitFor("node B to finish the batch", Duration.ofMinutes(5), () -> count(
                    "SELECT COUNT(*) FROM act_hi_procinst WHERE proc_def_key_ = 'TemporaryAssistance' AND end_time_ IS NOT NULL")
                    >= CASES);
            assertThat(smsAtKill).as("node A was killed in the middle").isLessThan(CASES);
            assertThat(count("SELECT COUNT(*) FROM assistance_decision WHERE kind = 'TEMPORARY' AND outcome = 'PAID'"))
                    .as("one payment decision per case").isEqualTo(CASES);
            assertThat(count("SELECT COUNT(*) FROM outbound_message WHERE channel = 'PAYMENT_RECORD'"))
                    .as("the finance system told once per case").isEqualTo(CASES);
            assertThat(count("SELECT COUNT(*) FROM outbound_message WHERE channel = 'SMS'"))
                    .as("one SMS per case").isEqualTo(CASES);
            AppProcess.waitFor("the villages' deadline timers", Duration.ofMinutes(2), () -> count(
                    "SELECT COUNT(*) FROM act_ru_task WHERE task_def_key_ = 'Task_EscalateOverdueSweep'") >= 5);
            assertThat(count("SELECT COUNT(*) FROM act_ru_task WHERE task_def_key_ = 'Task_EscalateOverdueSweep'"))
                    .as("one escalation per village, not two").isEqualTo(5);
            assertThat(count("SELECT COUNT(*) FROM (SELECT job_id_ FROM act_hi_job_log WHERE job_state_ = 2 "
                    + "GROUP BY job_id_ HAVING COUNT(*) > 1) twice")).as("no job or timer succeeded twice").isZero();
            assertThat(count("SELECT COUNT(*) FROM act_ru_incident")).as("no incident").isZero();
            assertThat(count("SELECT COUNT(*) FROM act_hi_job_log WHERE job_def_type_ = 'async-continuation' "
                    + "AND job_state_ = 2 AND act_id_ = 'Task_SendPaymentRecord'")).as("each payment job succeeded once")
                    .isEqualTo(CASES);
            long byA = count("SELECT COUNT(*) FROM act_hi_job_log WHERE job_state_ = 2 AND hostname_ = 'node-a'");
            long byB = count("SELECT COUNT(*) FROM act_hi_job_log WHERE job_state_ = 2 AND hostname_ = 'node-b'");
            assertThat(byA).as("node A worked before it was killed").isPositive();
            assertThat(byB).as("node B worked and took over").isPositive();
            System.out.println("cluster: " + CASES + " cases; SMS sent before the kill " + smsAtKill + "; successful jobs node-a "
                    + byA + ", node-b " + byB + "; every effect exactly once");
        } finally {
            b.stop();
            a.kill();
        }
    }
}
