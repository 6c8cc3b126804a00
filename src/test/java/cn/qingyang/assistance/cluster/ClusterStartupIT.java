package cn.qingyang.assistance.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingyang.assistance.AppProcess;
import cn.qingyang.assistance.Http;
import cn.qingyang.assistance.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Issue 6 §2: two application nodes (separate JVMs and ports) on one PostgreSQL database, the
 * engine's own clustering. A batch of approved 临时救助 runs through async jobs (payment
 * recorded, finance system told, SMS sent) on both nodes' job executors; one node is killed with
 * SIGKILL in the middle; the other finishes all of it, and no business effect happens twice. Due
 * timers (a past month's village sweep deadlines and month-end cut-offs) fire once each.
 */
class ClusterStartupIT {

    static final int CASES = 200;

    String[] db;
    ClusterWorkload workload;

    private long count(String sql) throws Exception {
        return workload.count(sql);
    }

    private AppProcess node(String name, Path dir) throws Exception {
        // a killed node's locks expire after 10 s (default 5 min), so the other node takes its jobs over soon
        return workload.node(name, dir, "--camunda.bpm.job-execution.lock-time-in-millis=10000",
                "--camunda.bpm.job-execution.wait-time-in-millis=200", "--camunda.bpm.job-execution.max-wait=1000");
    }

    @Test
    void aKilledNodesWorkIsFinishedByTheOtherAndNothingHappensTwice() throws Exception {
        Assumptions.assumeTrue(TestDatabase.postgresAvailable("the two-node cluster test"));
        db = TestDatabase.newPostgresDatabase("qingyang_cluster");
        workload = new ClusterWorkload(db);
        Path dir = Files.createTempDirectory("qingyang-cluster");
        AppProcess a = node("node-a", dir);
        AppProcess b = node("node-b", dir);
        try {
            // the batch is set up first, its jobs held (suspended), then released to both nodes at once
            Http adminA = Http.basic(a.port(), "admin", "demo");
            ClusterWorkload.holdJobs(adminA, true);
            workload.approveCases(List.of(a, b), CASES);
            assertThat(count("SELECT COUNT(*) FROM act_ru_job WHERE suspension_state_ = 2")).as("the batch's jobs, held")
                    .isEqualTo(CASES);
            // timers too: a township sweep of a past month, whose villages' reminder and deadline timers are all due
            var sweep = adminA.postJson("/engine-rest/process-definition/key/TownshipSweep/start", ClusterWorkload.JSON.writeValueAsString(
                    Map.of("variables", Map.of("townshipCode", Map.of("value", "341723200"), "sweepMonth", Map.of("value", "2026-01")))));
            assertThat(sweep.statusCode()).as(sweep.body()).isEqualTo(200);
            ClusterWorkload.holdJobs(adminA, false);
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
            // the past month's deadline and month-end timers: each village's sweep is closed as not done, once
            AppProcess.waitFor("the villages' deadline timers", Duration.ofMinutes(2), () -> count(
                    "SELECT COUNT(*) FROM sweep_village WHERE sweep_month = '2026-01' AND status = 'NOT_DONE'") >= 5);
            assertThat(count("SELECT COUNT(*) FROM act_hi_procinst WHERE proc_def_key_ = 'VillageSweep' "
                    + "AND business_key_ LIKE '2026-01-%' AND end_time_ IS NOT NULL")).as("every village's sweep closed").isEqualTo(5);
            assertThat(count("SELECT COUNT(*) FROM (SELECT proc_inst_id_ FROM act_hi_taskinst WHERE task_def_key_ = "
                    + "'Task_EscalateOverdueSweep' GROUP BY proc_inst_id_ HAVING COUNT(*) > 1) twice"))
                    .as("never two escalations for a village").isZero();
            assertThat(count("SELECT COUNT(*) FROM (SELECT job_id_ FROM act_hi_job_log WHERE job_state_ = 2 "
                    + "GROUP BY job_id_ HAVING COUNT(*) > 1) twice")).as("no job or timer succeeded twice").isZero();
            assertThat(count("SELECT COUNT(*) FROM act_ru_incident")).as("no incident").isZero();
            assertThat(count("SELECT COUNT(*) FROM act_hi_job_log WHERE job_def_type_ = 'async-continuation' "
                    + "AND job_state_ = 2 AND act_id_ = 'Task_SendPaymentRecord' AND job_def_configuration_ = 'async-before'"))
                    .as("each payment job succeeded once")
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
