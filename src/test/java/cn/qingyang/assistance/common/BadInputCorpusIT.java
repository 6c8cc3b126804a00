package cn.qingyang.assistance.common;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingyang.assistance.Http;
import cn.qingyang.assistance.IntegrationTest;
import cn.qingyang.assistance.TestIdNumbers;
import cn.qingyang.assistance.discovery.DiscoveryCaseProcess;
import cn.qingyang.assistance.intake.RegistrationService;
import cn.qingyang.assistance.intake.ReportRequest;
import cn.qingyang.assistance.intake.roster.RosterReader;
import cn.qingyang.assistance.security.CallerScope;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 6 §5: a corpus of more than 200 bad inputs across our API, uploads and task forms. Every
 * one is answered 4xx with a Chinese message saying what to fix; none 5xx; nothing is written
 * (no person, case, report or ledger entry appears; the task stays open).
 */
@IntegrationTest
class BadInputCorpusIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RegistrationService registration;

    static final ObjectMapper JSON = new ObjectMapper();
    static final String VALID_ID = TestIdNumbers.withCheckDigit("34172319620404901");

    /** One bad input: what it is, and how to send it. */
    record Bad(String what, String user, String method, String path, String contentType, byte[] body) {
    }

    final List<Bad> corpus = new ArrayList<>();

    // ---------------- building the corpus ----------------

    private static Map<String, Object> validReport() {
        Map<String, Object> person = new LinkedHashMap<>(Map.of("name", "语料测试", "idNumber", VALID_ID, "phone", "13800000000"));
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("channel", "village_sweep");
        report.put("townshipCode", "341723200");
        report.put("villageCode", "341723200201");
        report.put("reporter", "张卫国");
        report.put("person", person);
        report.put("description", "独居老人");
        report.put("urgent", false);
        report.put("relatedToStaff", false);
        return report;
    }

    @SuppressWarnings("unchecked")
    private void report(String what, Consumer<Map<String, Object>> change) {
        Map<String, Object> report = validReport();
        report.put("person", new LinkedHashMap<>((Map<String, Object>) report.get("person")));
        change.accept(report);
        try {
            json(what, "/api/reports", JSON.writeValueAsBytes(report));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private void person(String what, String field, Object value) {
        report(what, r -> ((Map<String, Object>) r.get("person")).put(field, value));
    }

    private void json(String what, String path, byte[] body) {
        corpus.add(new Bad(what, "admin", "POST", path, "application/json", body));
    }

    private void raw(String what, String path, String body) {
        json(what, path, body.getBytes(StandardCharsets.UTF_8));
    }

    private static String idWithBody(String seventeen) {
        return TestIdNumbers.withCheckDigit(seventeen);
    }

    private void reports() {
        // ID numbers
        String[] bases = {"34172319500101001", "34172319600202002", "34172319700303003", "34172319800404004",
                "34172319900505005", "34172320000606006", "34172319450707007", "34172319550808008",
                "34172319650909009", "34172319751010010"};
        for (String base : bases) {
            String valid = idWithBody(base);
            char wrong = valid.charAt(17) == '0' ? '1' : '0';
            person("ID wrong check digit " + valid, "idNumber", valid.substring(0, 17) + wrong);
        }
        person("ID 15 digits (old style)", "idNumber", "341723800101123");
        person("ID 17 digits", "idNumber", "34172319800101123");
        person("ID 19 digits", "idNumber", "3417231980010112345");
        person("ID empty", "idNumber", "");
        person("ID blank", "idNumber", "   ");
        person("ID null", "idNumber", null);
        person("ID letters", "idNumber", "ABCDEFGHIJKLMNOPQR");
        person("ID letter inside", "idNumber", "34172319800101A234");
        person("ID X in the middle", "idNumber", "3417231980X1011234");
        person("ID born in the future", "idNumber", idWithBody("34172320990101001"));
        person("ID born 1899", "idNumber", idWithBody("34172318991231001"));
        person("ID month 13", "idNumber", idWithBody("34172319801301001"));
        person("ID day 32", "idNumber", idWithBody("34172319800132001"));
        person("ID 30 February", "idNumber", idWithBody("34172319800230001"));
        person("ID 29 February of a common year", "idNumber", idWithBody("34172319810229001"));
        person("ID of a region code of no province", "idNumber", idWithBody("99082319800101001"));
        person("ID of a region code of no province (00)", "idNumber", idWithBody("00010119800101001"));
        person("ID full-width digits", "idNumber", "３４１７２３１９８００１０１１２３４");
        person("ID with emoji", "idNumber", "34172319800101123😀");
        person("ID SQL", "idNumber", "341723' OR '1'='1");
        person("ID script", "idNumber", "<script>alert(1)</script>");
        person("ID NUL byte", "idNumber", "3417231980010112\u00003");
        person("ID spaces inside", "idNumber", "341723 19800101 1234");
        person("ID as a number", "idNumber", 341723198001011239L);
        person("ID as an object", "idNumber", Map.of("value", VALID_ID));
        person("ID as an array", "idNumber", List.of(VALID_ID));
        person("ID as a boolean", "idNumber", true);
        // names
        person("name missing", "name", null);
        person("name empty", "name", "");
        person("name blank", "name", "   ");
        person("name one character", "name", "王");
        person("name 21 characters", "name", "王".repeat(21));
        person("name 51 letters", "name", "A".repeat(51));
        person("name 10,000 characters", "name", "王".repeat(10_000));
        person("name emoji", "name", "王😀");
        person("name only emoji", "name", "😀😀");
        person("name script", "name", "<script>alert(1)</script>");
        person("name HTML", "name", "王<b>明</b>");
        person("name img onerror", "name", "<img src=x onerror=alert(1)>");
        person("name SQL", "name", "Robert'); DROP TABLE person;--");
        person("name SQL in Chinese", "name", "王明' OR '1'='1");
        person("name NUL", "name", "王\u0000明");
        person("name digits", "name", "12345");
        person("name Han and digits", "name", "王明123");
        person("name newline", "name", "王\n明");
        person("name zero-width space", "name", "王\u200b明");
        person("name right-to-left override", "name", "王\u202e明");
        person("name full-width letters", "name", "ＡＢＣ");
        person("name as a number", "name", 12345);
        person("name as an object", "name", Map.of("zh", "王明"));
        // phones
        person("phone too short", "phone", "1380000000");
        person("phone too long", "phone", "138000000000");
        person("phone letters", "phone", "13800abcdef");
        person("phone starting 12", "phone", "12800000000");
        person("phone script", "phone", "<script>");
        person("phone SQL", "phone", "13800000000;DROP TABLE person");
        person("phone emoji", "phone", "138😀0000000");
        person("phone full-width", "phone", "１３８００００００００");
        person("phone as an array", "phone", List.of("13800000000"));
        person("phone 1,000 digits", "phone", "1".repeat(1000));
        // channel
        report("channel missing", r -> r.remove("channel"));
        report("channel empty", r -> r.put("channel", ""));
        report("channel unknown", r -> r.put("channel", "email"));
        report("channel upper case", r -> r.put("channel", "VILLAGE_SWEEP"));
        report("channel script", r -> r.put("channel", "<script>"));
        report("channel SQL", r -> r.put("channel", "village_sweep' --"));
        report("channel as a number", r -> r.put("channel", 3));
        report("channel as an object", r -> r.put("channel", Map.of("code", "village_sweep")));
        report("channel 10,000 characters", r -> r.put("channel", "x".repeat(10_000)));
        // township and village
        report("township missing", r -> r.remove("townshipCode"));
        report("township empty", r -> r.put("townshipCode", ""));
        report("township unknown", r -> r.put("townshipCode", "341723999"));
        report("township too short", r -> r.put("townshipCode", "34172320"));
        report("township of another county", r -> r.put("townshipCode", "340823100"));
        report("township is a village", r -> r.put("townshipCode", "341723200201"));
        report("township SQL", r -> r.put("townshipCode", "' OR 1=1 --"));
        report("township script", r -> r.put("townshipCode", "<script>alert(1)</script>"));
        report("township as an array", r -> r.put("townshipCode", List.of("341723200")));
        report("village of another township", r -> r.put("villageCode", "341723100201"));
        report("village unknown", r -> r.put("villageCode", "341723200299"));
        report("village is a township", r -> r.put("villageCode", "341723100"));
        report("village SQL", r -> r.put("villageCode", "341723200201' --"));
        report("village as an object", r -> r.put("villageCode", Map.of()));
        // flags
        report("urgent as text", r -> r.put("urgent", "yes"));
        report("urgent in Chinese", r -> r.put("urgent", "是"));
        report("urgent as an object", r -> r.put("urgent", Map.of()));
        report("urgent as an array", r -> r.put("urgent", List.of(true)));
        report("relatedToStaff as text", r -> r.put("relatedToStaff", "no"));
        report("relatedToStaff as an object", r -> r.put("relatedToStaff", Map.of("v", false)));
        // person and structure
        report("person missing", r -> r.remove("person"));
        report("person null", r -> r.put("person", null));
        report("person as text", r -> r.put("person", "王明"));
        report("person as an array", r -> r.put("person", List.of(Map.of("name", "王明"))));
        report("person empty", r -> r.put("person", Map.of()));
        report("description as an array", r -> r.put("description", List.of("a")));
        report("description as an object", r -> r.put("description", Map.of("text", "a")));
        report("reporter as an object", r -> r.put("reporter", Map.of()));
        // extra fields
        report("extra field", r -> r.put("foo", "bar"));
        report("extra field caseNumber", r -> r.put("caseNumber", "341723200-202611-0001"));
        report("extra field status", r -> r.put("status", "CLOSED"));
        report("extra field __proto__", r -> r.put("__proto__", Map.of("admin", true)));
        person("extra person field", "age", 80);
        person("extra person field password", "password", "x");
        // lengths
        report("description 2,001 characters", r -> r.put("description", "困".repeat(2001)));
        report("description 100,000 characters", r -> r.put("description", "困".repeat(100_000)));
        report("description 2 MB", r -> r.put("description", "a".repeat(2_000_000)));
        report("reporter 51 characters", r -> r.put("reporter", "张".repeat(51)));
        report("reporter 5,000 characters", r -> r.put("reporter", "张".repeat(5000)));
        report("externalRef 101 characters", r -> r.put("externalRef", "R".repeat(101)));
        report("externalRef 10,000 characters", r -> r.put("externalRef", "R".repeat(10_000)));
        // markup in plain-text fields
        report("description script", r -> r.put("description", "<script>alert(document.cookie)</script>"));
        report("description img onerror", r -> r.put("description", "困难<img src=x onerror=alert(1)>"));
        report("description svg onload", r -> r.put("description", "<svg/onload=alert(1)>"));
        report("description javascript link", r -> r.put("description", "详见 javascript:alert(1)"));
        report("description closing textarea", r -> r.put("description", "</textarea><script>alert(1)</script>"));
        report("description HTML comment", r -> r.put("description", "<!-- x -->"));
        report("description iframe", r -> r.put("description", "<iframe src=//evil>"));
        report("reporter script", r -> r.put("reporter", "<script>alert(1)</script>"));
        report("reporter b tag", r -> r.put("reporter", "<b>张卫国</b>"));
        // malformed JSON
        raw("empty body", "/api/reports", "");
        raw("null", "/api/reports", "null");
        raw("an array", "/api/reports", "[]");
        raw("a string", "/api/reports", "\"report\"");
        raw("a number", "/api/reports", "42");
        raw("empty object", "/api/reports", "{}");
        raw("truncated", "/api/reports", "{\"channel\": \"village_sweep\", \"person\": {");
        raw("trailing comma", "/api/reports", "{\"channel\": \"village_sweep\",}");
        raw("single quotes", "/api/reports", "{'channel': 'village_sweep'}");
        raw("unquoted keys", "/api/reports", "{channel: \"village_sweep\"}");
        raw("comment", "/api/reports", "{/* x */ \"channel\": \"village_sweep\"}");
        raw("NaN", "/api/reports", "{\"urgent\": NaN}");
        raw("trailing garbage", "/api/reports", "{} garbage");
        raw("two objects", "/api/reports", "{}{}");
        raw("XML", "/api/reports", "<report><channel>village_sweep</channel></report>");
        raw("nested 10,000 deep", "/api/reports", "[".repeat(10_000) + "]".repeat(10_000));
        raw("1.5 MB of spaces", "/api/reports", " ".repeat(1_500_000) + "{}");
        json("invalid UTF-8", "/api/reports", new byte[] {'{', '"', 'c', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
        json("GBK body", "/api/reports", "{\"description\": \"困难\"}".getBytes(Charset.forName("GBK")));
        // content types
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "text/html")) {
            corpus.add(new Bad("content type " + type, "admin", "POST", "/api/reports", type,
                    "{}".getBytes(StandardCharsets.UTF_8)));
        }
        corpus.add(new Bad("PUT on /api/reports", "admin", "PUT", "/api/reports", "application/json", "{}".getBytes()));
        corpus.add(new Bad("DELETE on /api/reports", "admin", "DELETE", "/api/reports", "application/json", "{}".getBytes()));
        // scope
        corpus.add(new Bad("village collector reporting for another village", "lingtang-collector", "POST", "/api/reports",
                "application/json", reportBytes(r -> r.put("villageCode", "341723200202"))));
        corpus.add(new Bad("township reporting for another township", "rongcheng-caseworker", "POST", "/api/reports",
                "application/json", reportBytes(r -> { })));
    }

    private byte[] reportBytes(Consumer<Map<String, Object>> change) {
        Map<String, Object> report = validReport();
        change.accept(report);
        try {
            return JSON.writeValueAsBytes(report);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void alerts() {
        String alerts = "/api/alerts";
        for (String[] bad : new String[][] {{"alerts object", "{}"}, {"alerts empty", "[]"}, {"alerts null", "null"},
                {"alerts string", "\"x\""}, {"alerts malformed", "[{"}, {"alerts number", "7"}}) {
            corpus.add(new Bad(bad[0], "bigdata-platform", "POST", alerts, "application/json", bad[1].getBytes()));
        }
        corpus.add(new Bad("alerts over the batch limit", "bigdata-platform", "POST", alerts, "application/json",
                ("[" + String.join(",", java.util.Collections.nCopies(1001, "{}")) + "]").getBytes()));
        corpus.add(new Bad("alerts by a village collector", "lingtang-collector", "POST", alerts, "application/json",
                "[{}]".getBytes()));
        corpus.add(new Bad("alerts as text/plain", "bigdata-platform", "POST", alerts, "text/plain", "[{}]".getBytes()));
    }

    private void queries() {
        for (String path : List.of("/api/ledger?category=FOO", "/api/ledger?page=-1", "/api/ledger?size=0",
                "/api/ledger?size=100000", "/api/ledger?page=abc", "/api/ledger?size=1e9", "/api/ledger?status=BOGUS",
                "/api/ledger?urgent=maybe", "/api/ledger?township=%3Cscript%3E", "/api/ledger?township=341723999",
                "/api/ledger/export.xlsx", "/api/ledger/export.xlsx?category=%27%20OR%201%3D1",
                "/api/oversight/dashboard?months=0", "/api/oversight/dashboard?months=-1",
                "/api/oversight/dashboard?months=abc", "/api/oversight/dashboard?months=1000",
                "/api/oversight/inspections/2026-Q5", "/api/oversight/inspections/abc",
                "/api/oversight/spot-checks/2026-13", "/api/oversight/spot-checks/%3Cscript%3E",
                "/api/oversight/assessments/abc", "/api/oversight/assessments/1990",
                "/api/cases/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/api/cases/' OR '1'='1".replace(" ", "%20"),
                "/api/sweeps/341723200/2026-13/roster.xlsx", "/api/sweeps/abc/2026-11/roster.xlsx",
                "/api/org-units?level=planet", "/api/rosters/imports/abc", "/api/rosters/imports/99999999")) {
            corpus.add(new Bad("GET " + path, "qiaomu-caseworker", "GET", path, null, null));
        }
    }

    private void uploads() throws Exception {
        List<String> header = RosterReader.COLUMNS;
        List<String> badRow = new ArrayList<>(java.util.Collections.nCopies(header.size(), ""));
        upload("roster empty file", new byte[0], "x.xlsx", null);
        upload("roster random bytes", UUID.randomUUID().toString().repeat(50).getBytes(), "x.xlsx", null);
        upload("roster PNG", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13}, "x.xlsx", null);
        upload("roster PDF", "%PDF-1.4\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1), "x.pdf", null);
        upload("roster a zip that is no workbook", zip("readme.txt", "hello".getBytes()), "x.xlsx", null);
        upload("roster zip bomb", zip("xl/worksheets/sheet1.xml", new byte[200_000_000]), "bomb.xlsx", null);
        upload("roster GBK csv", (String.join(",", header) + "\n").getBytes(Charset.forName("GBK")), "x.csv", null);
        upload("roster csv wrong header", "a,b,c\n1,2,3\n".getBytes(), "x.csv", null);
        upload("roster csv header only", (String.join(",", header) + "\n").getBytes(StandardCharsets.UTF_8), "x.csv", null);
        upload("roster xlsx wrong header", xlsx(List.of("姓名", "电话"), List.of(List.of("王明", "1"))), "x.xlsx", null);
        upload("roster xlsx rows invalid (all or nothing)", xlsx(header, List.of(badRow, badRow)), "x.xlsx", null);
        upload("roster unknown mode", xlsx(header, List.of(badRow)), "x.xlsx", "some_rows");
        upload("roster no file part", null, null, "all_or_nothing");
        upload("roster 21 MB", new byte[21 * 1024 * 1024], "big.xlsx", null);
        upload("roster csv of 20,001 rows", (String.join(",", header) + "\n"
                + (String.join(",", badRow) + "\n").repeat(20_001)).getBytes(StandardCharsets.UTF_8), "x.csv", null);
    }

    private void upload(String what, byte[] content, String fileName, String mode) {
        String boundary = "----corpus-" + UUID.randomUUID();
        corpus.add(new Bad(what, "qiaomu-caseworker", "POST", "/api/rosters", "multipart/form-data; boundary=" + boundary,
                Http.multipart(boundary, fileName, content, mode == null ? Map.of() : Map.of("mode", mode))));
    }

    private static byte[] zip(String entry, byte[] content) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes());
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
        }
        return out.toByteArray();
    }

    private static byte[] xlsx(List<String> header, List<List<String>> rows) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("花名册");
            for (int r = 0; r <= rows.size(); r++) {
                List<String> cells = r == 0 ? header : rows.get(r - 1);
                var row = sheet.createRow(r);
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    /** Task forms completed through /engine-rest as Tasklist does, with what the guards must refuse. */
    private void forms(String taskId) {
        String path = "/engine-rest/task/" + taskId + "/complete";
        List<Map<String, Object>> variableSets = new ArrayList<>();
        variableSets.add(Map.of());
        variableSets.add(Map.of(DiscoveryCaseProcess.PERSON_SEEN, "YES"));
        variableSets.add(Map.of(DiscoveryCaseProcess.PERSON_SEEN, "MAYBE"));
        variableSets.add(Map.of(DiscoveryCaseProcess.PERSON_SEEN, "NO"));
        variableSets.add(Map.of(DiscoveryCaseProcess.PERSON_SEEN, "NO", DiscoveryCaseProcess.VISIT_DATE, "2026-11-30",
                DiscoveryCaseProcess.INVESTIGATOR_1, "王建华", DiscoveryCaseProcess.INVESTIGATOR_2, "王建华",
                DiscoveryCaseProcess.NOT_SEEN_REASON, "外出"));
        variableSets.add(Map.of(DiscoveryCaseProcess.PERSON_SEEN, "NO", DiscoveryCaseProcess.VISIT_DATE, "明天",
                DiscoveryCaseProcess.INVESTIGATOR_1, "王建华", DiscoveryCaseProcess.INVESTIGATOR_2, "李秀兰",
                DiscoveryCaseProcess.NOT_SEEN_REASON, "外出"));
        variableSets.add(Map.of(DiscoveryCaseProcess.PERSON_SEEN, "NO", DiscoveryCaseProcess.VISIT_DATE, "2099-01-01",
                DiscoveryCaseProcess.INVESTIGATOR_1, "王建华", DiscoveryCaseProcess.INVESTIGATOR_2, "李秀兰",
                DiscoveryCaseProcess.NOT_SEEN_REASON, "外出"));
        variableSets.add(Map.of(DiscoveryCaseProcess.PERSON_SEEN, "NO", DiscoveryCaseProcess.VISIT_DATE, "2026-11-30",
                DiscoveryCaseProcess.INVESTIGATOR_1, "王建华", DiscoveryCaseProcess.NOT_SEEN_REASON, "外出"));
        variableSets.add(Map.of(DiscoveryCaseProcess.PERSON_SEEN, "YES", DiscoveryCaseProcess.VISIT_DATE, "2026-11-30",
                DiscoveryCaseProcess.INVESTIGATOR_1, "王建华", DiscoveryCaseProcess.INVESTIGATOR_2, "李秀兰",
                DiscoveryCaseProcess.HOUSEHOLD_SIZE, "三口"));
        for (Map<String, Object> variables : variableSets) {
            Map<String, Object> typed = new HashMap<>();
            variables.forEach((k, v) -> typed.put(k, Map.of("value", v)));
            try {
                corpus.add(new Bad("visit form " + variables, "qiaomu-caseworker", "POST", path, "application/json",
                        JSON.writeValueAsBytes(Map.of("variables", typed))));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    // ---------------- running it ----------------

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    @Test
    void everyBadInputIsRefusedWithAChineseMessageAndNothingIsWritten() throws Exception {
        String caseNumber = registration.register(new ReportRequest("walk_in", "341723200", "341723200204", "窗口",
                new ReportRequest.PersonData("表单语料", TestIdNumbers.withCheckDigit("34172319630505902"), null), "x",
                false, false, null), new CallerScope("admin", List.of("camunda-admin"))).caseNumber();
        String taskId = JSON.readTree(Http.basic(port, "admin", "demo").get("/engine-rest/task?processInstanceBusinessKey="
                + caseNumber + "&taskDefinitionKey=" + DiscoveryCaseProcess.TASK_VISIT_HOUSEHOLD).body()).get(0).get("id").asText();
        reports();
        alerts();
        queries();
        uploads();
        forms(taskId);
        assertThat(corpus).as("the corpus").hasSizeGreaterThanOrEqualTo(200);

        Map<String, Long> before = new LinkedHashMap<>();
        for (String table : List.of("person", "discovery_case", "case_report", "ledger_entry", "home_visit", "roster_import")) {
            before.put(table, count(table));
        }
        Map<String, Http> clients = new HashMap<>();
        List<String> wrong = new ArrayList<>();
        for (Bad bad : corpus) {
            Http http = clients.computeIfAbsent(bad.user(), user -> Http.basic(port, user, "demo"));
            HttpRequest.Builder request = http.request(bad.path());
            if (bad.contentType() != null) {
                request.header("Content-Type", bad.contentType());
            }
            request.method(bad.method(), bad.body() == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(bad.body()));
            HttpResponse<String> response;
            try {
                response = http.send(request);
            } catch (IllegalStateException e) {
                wrong.add(bad.what() + " -> no answer: " + e.getMessage());
                continue;
            }
            int status = response.statusCode();
            String body = response.body() == null ? "" : response.body();
            if (status < 400 || status >= 500) {
                wrong.add(bad.what() + " -> " + status + " " + abbreviate(body));
            } else if (!body.matches("(?s).*\\p{IsHan}.*")) {
                wrong.add(bad.what() + " -> " + status + " without a Chinese message: " + abbreviate(body));
            }
        }
        assertThat(wrong).as("bad inputs not refused with a 4xx and a Chinese message").isEmpty();
        for (Map.Entry<String, Long> table : before.entrySet()) {
            assertThat(count(table.getKey())).as("nothing written to " + table.getKey()).isEqualTo(table.getValue());
        }
        assertThat(JSON.readTree(Http.basic(port, "admin", "demo").get("/engine-rest/task/" + taskId).body())
                .get("id").asText()).as("the visit task is still open").isEqualTo(taskId);
        System.out.println("bad-input corpus: " + corpus.size() + " inputs, every one refused with a Chinese 4xx");
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
