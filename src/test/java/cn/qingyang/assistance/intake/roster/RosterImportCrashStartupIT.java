package cn.qingyang.assistance.intake.roster;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingyang.assistance.AppProcess;
import cn.qingyang.assistance.Http;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 6 §3: the application, as a real process on a file database, is killed with SIGKILL in
 * the middle of a 10,000-row roster import. After the restart the import says it was interrupted
 * (in Chinese), every row registered so far has exactly one case, and uploading the same file
 * again registers the rest without a single duplicate.
 */
class RosterImportCrashStartupIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final int ROWS = 10_000;
    static final String[] VILLAGES = {"341723200201", "341723200202", "341723200203", "341723200204", "341723200205"};

    Path dir;
    int port;
    String dbUrl;

    private AppProcess start(String name) throws Exception {
        return AppProcess.start(port, dir.resolve(name + ".log"), "--spring.datasource.url=" + dbUrl);
    }

    private HttpResponse<String> upload(byte[] csv) {
        return Http.basic(port, "qiaomu-caseworker", "demo").upload("/api/rosters", "roster.csv", csv, java.util.Map.of());
    }

    private JsonNode status(String location) throws Exception {
        return JSON.readTree(Http.basic(port, "qiaomu-caseworker", "demo").get(location).body());
    }

    private long query(String sql, String prefix) throws Exception {
        try (Connection c = DriverManager.getConnection(dbUrl, "sa", "");
             var statement = c.prepareStatement(sql)) {
            statement.setString(1, prefix + "%");
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void aKilledImportLosesNothingAndReRunningItDuplicatesNothing() throws Exception {
        dir = Files.createTempDirectory("qingyang-crash");
        port = AppProcess.freePort();
        dbUrl = "jdbc:h2:file:" + dir.resolve("q") + ";AUTO_SERVER=TRUE";
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= ROWS; i++) {
            rows.add(RosterFiles.row(i, "崩溃测试", RosterFiles.newIdNumber(), "341723200", VILLAGES[i % 5], "否"));
        }
        byte[] csv = RosterFiles.csvText(RosterFiles.HEADER, rows).getBytes(StandardCharsets.UTF_8);
        String refs = "roster:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(csv)).substring(0, 16) + ":";
        String reports = "SELECT COUNT(*) FROM case_report WHERE external_ref LIKE ?";
        String casesOfReports = "SELECT COUNT(DISTINCT case_id) FROM case_report WHERE external_ref LIKE ?";
        String personsWithTwoCases = "SELECT COUNT(*) FROM (SELECT c.person_id FROM discovery_case c JOIN case_report r "
                + "ON r.case_id = c.id WHERE r.external_ref LIKE ? GROUP BY c.person_id HAVING COUNT(DISTINCT c.id) > 1) x";
        String casesWithoutProcess = "SELECT COUNT(*) FROM discovery_case c JOIN case_report r ON r.case_id = c.id "
                + "WHERE r.external_ref LIKE ? AND c.process_instance_id IS NULL";

        AppProcess first = start("first");
        HttpResponse<String> accepted = upload(csv);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String location = accepted.headers().firstValue("Location").orElseThrow();
        AppProcess.waitFor("a few hundred rows", Duration.ofMinutes(3), () -> status(location).get("processed").asInt() >= 300);
        JsonNode atKill = status(location);
        assertThat(first.kill()).as("killed (SIGKILL), not stopped").isEqualTo(137);

        AppProcess second = start("second");
        try {
            JsonNode interrupted = status(location);
            assertThat(interrupted.get("status").asText()).isEqualTo("FAILED");
            assertThat(interrupted.toString()).contains("服务器重启而中断", "重新上传同一文件");
            long before = query(reports, refs);
            assertThat(before).as("rows registered before the kill (last progress seen: " + atKill + ")")
                    .isBetween(1L, (long) ROWS - 1);
            assertThat(query(casesOfReports, refs)).as("each registered row has its case").isEqualTo(before);
            assertThat(query(personsWithTwoCases, refs)).isZero();
            assertThat(query(casesWithoutProcess, refs)).as("no case without its process").isZero();

            HttpResponse<String> again = upload(csv);
            assertThat(again.statusCode()).as(again.body()).isEqualTo(202);
            String secondLocation = again.headers().firstValue("Location").orElseThrow();
            AppProcess.waitFor("the re-run", Duration.ofMinutes(10), () -> !"RUNNING".equals(status(secondLocation).get("status").asText()));
            JsonNode done = status(secondLocation);
            assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("DONE");
            assertThat(done.get("imported").asLong() + done.get("duplicates").asLong()).isEqualTo(ROWS);
            assertThat(done.get("duplicates").asLong()).as("rows registered before the kill are recognised").isEqualTo(before);

            assertThat(query(reports, refs)).as("every row exactly once").isEqualTo(ROWS);
            assertThat(query(casesOfReports, refs)).isEqualTo(ROWS);
            assertThat(query(personsWithTwoCases, refs)).isZero();
            assertThat(query(casesWithoutProcess, refs)).isZero();
            System.out.println("crash recovery: killed after " + before + " of " + ROWS + " rows; re-run imported "
                    + done.get("imported") + ", recognised " + done.get("duplicates") + " as already registered");
        } finally {
            second.stop();
        }
    }
}
