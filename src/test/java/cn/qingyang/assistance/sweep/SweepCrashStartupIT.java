package cn.qingyang.assistance.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingyang.assistance.AppProcess;
import cn.qingyang.assistance.Http;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

/**
 * Issue 6 §3 (sweep): the monthly sweep's fan-out to every township and village runs in the job
 * executor; the application is killed (SIGKILL) as soon as the job is taken. Since issue 14 the
 * fan-out is many small jobs (one per township sweep, one per village sweep started, each its own
 * transaction): at the kill each committed step is whole (a village sweep started has its record);
 * after the restart the jobs left run again when their locks expire, and the month ends with
 * exactly one township sweep per township and one village sweep per village.
 */
class SweepCrashStartupIT {

    static final ObjectMapper JSON = new ObjectMapper();

    String dbUrl;

    private long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(dbUrl, "sa", "");
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aFanOutKilledMidwayIsRedoneWholeAndOnlyOnce() throws Exception {
        Path dir = Files.createTempDirectory("qingyang-sweep-crash");
        int port = AppProcess.freePort();
        dbUrl = "jdbc:h2:file:" + dir.resolve("q") + ";AUTO_SERVER=TRUE";
        String[] args = {"--spring.datasource.url=" + dbUrl, "--camunda.bpm.job-execution.lock-time-in-millis=10000",
                "--camunda.bpm.job-execution.wait-time-in-millis=200", "--camunda.bpm.job-execution.max-wait=1000"};
        AppProcess first = AppProcess.start(port, dir.resolve("first.log"), args);
        Http admin = Http.basic(port, "admin", "demo");
        JsonNode timer = JSON.readTree(admin.get("/engine-rest/job?processDefinitionKey=MonthlySweep&timers=true").body()).get(0);
        String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
        String now = OffsetDateTime.now().minusSeconds(5).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"));
        var due = admin.send(admin.request("/engine-rest/job/" + timer.get("id").asText() + "/duedate")
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"duedate\": \"" + now + "\"}")));
        assertThat(due.statusCode()).as(due.body()).isEqualTo(204);

        AppProcess.waitFor("the job executor to take the monthly timer", Duration.ofMinutes(1), () -> count(
                "SELECT COUNT(*) FROM act_ru_job WHERE id_ = '" + timer.get("id").asText() + "' AND lock_owner_ IS NOT NULL") > 0
                || count("SELECT COUNT(*) FROM sweep_village WHERE sweep_month = '" + month + "'") > 0);
        assertThat(first.kill()).as("killed (SIGKILL)").isEqualTo(137);

        long villages = count("SELECT COUNT(*) FROM org_unit WHERE level = 'village' AND active");
        long townships = count("SELECT COUNT(*) FROM org_unit WHERE level = 'township' AND active");
        long afterKill = count("SELECT COUNT(*) FROM sweep_village WHERE sweep_month = '" + month + "'");
        long villageSweepsAtKill = count("SELECT COUNT(*) FROM act_hi_procinst WHERE proc_def_key_ = 'VillageSweep' "
                + "AND business_key_ LIKE '" + month + "-%'");
        assertThat(afterKill).as("each step of the fan-out is whole: every village sweep started has its record")
                .isEqualTo(villageSweepsAtKill).isBetween(0L, villages);

        AppProcess second = AppProcess.start(port, dir.resolve("second.log"), args);
        try {
            AppProcess.waitFor("the fan-out, redone", Duration.ofMinutes(2),
                    () -> count("SELECT COUNT(*) FROM sweep_village WHERE sweep_month = '" + month + "'") == villages);
            assertThat(count("SELECT COUNT(*) FROM act_hi_procinst WHERE proc_def_key_ = 'TownshipSweep' "
                    + "AND business_key_ LIKE '" + month + "-%'")).as("one sweep per township").isEqualTo(townships);
            assertThat(count("SELECT COUNT(*) FROM act_hi_procinst WHERE proc_def_key_ = 'VillageSweep' "
                    + "AND business_key_ LIKE '" + month + "-%'")).as("one sweep per village").isEqualTo(villages);
            assertThat(count("SELECT COUNT(*) FROM act_hi_procinst WHERE proc_def_key_ = 'MonthlySweep'"))
                    .as("one monthly sweep").isEqualTo(1);
            assertThat(count("SELECT COUNT(*) FROM act_ru_incident")).isZero();
            System.out.println("sweep crash: " + afterKill + " village sweeps committed at the kill; after the restart "
                    + villages + " villages and " + townships + " townships, each once");
        } finally {
            second.stop();
        }
    }
}
