package cn.qingyang.assistance.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.qingyang.assistance.DiscoveryApplication;
import cn.qingyang.assistance.Http;
import cn.qingyang.assistance.TestIdNumbers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The operator's rotation (docs/security-encryption.md): a restart with a new current data key and
 * index key, the old ones kept, re-encrypts the rows in the background; afterwards every person
 * reads and is found as before, over HTTP as the demo users; then the old keys can go.
 */
class DataKeyRotationStartupIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String[] NEW_KEYS = {
            "--qingyang.crypto.current-data-key=k2027",
            "--qingyang.crypto.data-keys.k2027=" + TestKeys.key("k2027", 16),
            "--qingyang.crypto.current-index-key=i2027",
            "--qingyang.crypto.index-keys.i2027=" + TestKeys.key("i2027", 32)};

    private static ConfigurableApplicationContext start(String databaseUrl, String... keys) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + databaseUrl,
                // the engine keeps its name "default": our /api authenticates against it (the
                // *StartupIT run has no shared test application whose engine this would replace)
                "--camunda.bpm.job-execution.enabled=false"));
        args.addAll(List.of(keys));
        return new SpringApplicationBuilder(DiscoveryApplication.class).profiles("demo").run(args.toArray(String[]::new));
    }

    @Test
    void aRestartWithNewKeysReencryptsEveryRowAndEveryPersonIsStillFoundAndShown(@TempDir Path dir) throws Exception {
        String database = "jdbc:h2:file:" + dir.resolve("qingyang").toAbsolutePath();
        List<String> idNumbers = new ArrayList<>();
        List<String> caseNumbers = new ArrayList<>();
        try (ConfigurableApplicationContext app = start(database)) {
            for (int i = 0; i < 3; i++) {
                String idNumber = TestIdNumbers.withCheckDigit("3417231941020" + (30 + i) + "31");
                idNumbers.add(idNumber);
                JsonNode answer = report(port(app), idNumber, "1385566330" + i, 201);
                caseNumbers.add(answer.get("caseNumber").asText());
            }
            assertThat(app.getBean(JdbcClient.class).sql("SELECT id_number FROM person").query(String.class).list())
                    .hasSize(3).allMatch(v -> v.startsWith("v1:demo:"));
        }

        // the operator adds k2027 / i2027 and makes them current, keeping the demo keys for reading
        try (ConfigurableApplicationContext app = start(database, NEW_KEYS)) {
            DataKeyRotation rotation = app.getBean(DataKeyRotation.class);
            Instant until = Instant.now().plus(Duration.ofMinutes(1));
            while (rotation.pending() > 0 && Instant.now().isBefore(until)) {
                Thread.sleep(200);
            }
            assertThat(rotation.pending()).as("the background rotation finished").isZero();
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT id_number FROM person").query(String.class).list()).allMatch(v -> v.startsWith("v1:k2027:"));
            assertThat(jdbc.sql("SELECT phone FROM person").query(String.class).list()).allMatch(v -> v.startsWith("v1:k2027:"));
            assertThat(jdbc.sql("SELECT id_number_index FROM person").query(String.class).list()).allMatch(v -> v.startsWith("i2027:"));
        }

        // once finished, the demo keys can go: only the new keys from here on
        try (ConfigurableApplicationContext app = start(database, "--qingyang.crypto.data-keys.demo=",
                "--qingyang.crypto.index-keys.demo=", NEW_KEYS[0], NEW_KEYS[1], NEW_KEYS[2], NEW_KEYS[3])) {
            int port = port(app);
            for (int i = 0; i < 3; i++) {
                JsonNode again = report(port, idNumbers.get(i), null, 200);
                assertThat(again.get("result").asText()).as("the same person, found by the new index").isEqualTo("ATTACHED");
                assertThat(again.get("caseNumber").asText()).isEqualTo(caseNumbers.get(i));
            }
            assertThat(app.getBean(JdbcClient.class).sql("SELECT COUNT(*) FROM person").query(Long.class).single()).isEqualTo(3);
            String roster = roster(port);
            for (int i = 0; i < 3; i++) {
                assertThat(roster).as("the county's roster shows the number and phone as reported")
                        .contains(idNumbers.get(i)).contains("1385566330" + i);
            }
        }
    }

    @Test
    void anOldKeyRemovedBeforeTheRotationRanIsRefusedAtStart(@TempDir Path dir) throws Exception {
        String database = "jdbc:h2:file:" + dir.resolve("qingyang").toAbsolutePath();
        try (ConfigurableApplicationContext app = start(database)) {
            report(port(app), TestIdNumbers.withCheckDigit("34172319410204041"), "13855663399", 201);
        }
        assertThatThrownBy(() -> start(database, "--qingyang.crypto.data-keys.demo=", NEW_KEYS[0], NEW_KEYS[1]).close())
                .hasStackTraceContaining("拒绝启动").hasStackTraceContaining("person.id_number 中有 1 行");
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    private static JsonNode report(int port, String idNumber, String phone, int status) throws Exception {
        var report = JSON.createObjectNode().put("channel", "village_sweep").put("description", "轮换测试");
        var person = report.putObject("person").put("name", "轮换测试").put("idNumber", idNumber);
        if (phone != null) {
            person.put("phone", phone);
        }
        HttpResponse<String> response = Http.basic(port, "lingtang-collector", "demo").postJson("/api/reports", report.toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    /** The month's roster of 乔木乡 as the county downloads it, all cells as text. */
    private static String roster(int port) throws Exception {
        Http county = Http.basic(port, "county-supervisor", "demo");
        String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
        HttpResponse<byte[]> response = county.send(county.request("/api/sweeps/341723200/" + month + "/roster.xlsx").GET(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        StringBuilder text = new StringBuilder();
        DataFormatter cells = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            for (Row row : book.getSheetAt(0)) {
                row.forEach(cell -> text.append(cells.formatCellValue(cell)).append('|'));
            }
        }
        return text.toString();
    }
}
