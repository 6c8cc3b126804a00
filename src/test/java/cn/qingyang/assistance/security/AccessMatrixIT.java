package cn.qingyang.assistance.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingyang.assistance.Http;
import cn.qingyang.assistance.IntegrationTest;
import cn.qingyang.assistance.TestIdNumbers;
import cn.qingyang.assistance.aid.AidRepository;
import cn.qingyang.assistance.discovery.CaseRepository;
import cn.qingyang.assistance.intake.RegistrationService;
import cn.qingyang.assistance.intake.ReportRequest;
import cn.qingyang.assistance.ledger.LedgerService;
import cn.qingyang.assistance.person.ResidentIdNumber;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Issue 12 §8: one table of who may do what ({@code security/access-matrix.csv}: role × interface
 * × action → answer), called cell by cell over HTTP as the demo user of each role, through our
 * API, its exports, {@code /engine-rest} and the webapps' API that Tasklist and Cockpit use. Any
 * answer other than the cell's, an unexpected 200 or a full ID number where the cell does not say
 * FULL fails the test; so does an {@code /api} mapping without a row, or without a rule in
 * {@link ApiAccessRules}.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIT {

    /** The matrix's columns: a demo user for each role. */
    static final Map<String, String> USERS = Map.of("village", "lingtang-collector", "township", "qiaomu-caseworker",
            "other-township", "rongcheng-caseworker", "leader", "qiaomu-leader", "county", "county-supervisor",
            "department", "medical-liaison", "system", "bigdata-platform", "admin", "admin");
    static final AtomicInteger SERIAL = new AtomicInteger(500);

    @LocalServerPort
    int port;
    @Autowired
    RegistrationService registration;
    @Autowired
    CaseRepository cases;
    @Autowired
    LedgerService ledger;
    @Autowired
    AidRepository assistance;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    final ObjectMapper json = new ObjectMapper();
    final Map<String, String> placeholders = new HashMap<>();
    String idNumber;
    String maskedIdNumber;
    String caseNumber;
    String processInstanceId;
    String referredCaseNumber;

    @BeforeEach
    void fixtureOnce() throws Exception {
        if (caseNumber != null) {
            return;
        }
        idNumber = newIdNumber();
        maskedIdNumber = ResidentIdNumber.parse(idNumber).masked();
        caseNumber = register(idNumber, "341723200201");
        long caseId = cases.findCase(caseNumber).orElseThrow().id();
        processInstanceId = cases.findCase(caseNumber).orElseThrow().processInstanceId();
        ledger.enterClassified(caseId, "SPECIAL", false, "01", "权限矩阵测试", LocalDate.now().plusMonths(1), LedgerService.ACTIVE);
        String referred = register(newIdNumber(), "341723200202");
        referredCaseNumber = referred;
        assistance.recordReferral(cases.findCase(referred).orElseThrow().id(), "dept-medical");
        HttpResponse<String> pushed = Http.basic(port, "bigdata-platform", "demo").postJson("/api/alerts",
                "[" + alert(newIdNumber()) + "]");
        assertThat(pushed.statusCode()).as(pushed.body()).isEqualTo(200);
        ZoneId beijing = ZoneId.of("Asia/Shanghai");
        YearMonth month = YearMonth.now(beijing);
        placeholders.putAll(Map.of("{case}", caseNumber, "{referred}", referred, "{pi}", processInstanceId,
                "{month}", month.toString(), "{quarter}", month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1),
                "{year}", String.valueOf(month.getYear() - 1),
                "{alert}", json.readTree(pushed.body()).get(0).get("alertId").asText()));
        placeholders.putAll(Map.of("{household}", String.valueOf(cases.findCase(caseNumber).orElseThrow().householdId()),
                "{idNumber}", idNumber, "{change}", "0"));
    }

    private String register(String id, String village) {
        return registration.register(new ReportRequest("village_sweep", "341723200", village, "矩阵",
                new ReportRequest.PersonData("权限矩阵", id, null), "权限矩阵测试", false, false, null),
                new CallerScope("admin", List.of("camunda-admin"))).caseNumber();
    }

    private static String newIdNumber() {
        return TestIdNumbers.withCheckDigit("34172319490707" + String.format("%03d", SERIAL.incrementAndGet()));
    }

    private static String alert(String id) {
        return "{\"alertId\": \"BD-MATRIX-" + java.util.UUID.randomUUID() + "\", \"source\": \"测试\", \"idNumber\": \""
                + id + "\", \"name\": \"矩阵预警\", \"townshipCode\": \"341723200\", \"type\": \"OTHER\","
                + " \"detectedAt\": \"2026-01-20T08:30:00+08:00\"}";
    }

    record Row(int line, String iface, String method, String path, Map<String, String> cells) {
    }

    private List<Row> matrix() throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> header = null;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("security/access-matrix.csv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                List<String> fields = List.of(line.split(","));
                if (header == null) {
                    header = fields;
                    assertThat(header.subList(3, header.size())).containsExactlyInAnyOrderElementsOf(USERS.keySet());
                    continue;
                }
                assertThat(fields).as("line " + (i + 1)).hasSameSizeAs(header);
                Map<String, String> cells = new HashMap<>();
                for (int c = 3; c < fields.size(); c++) {
                    cells.put(header.get(c), fields.get(c));
                }
                rows.add(new Row(i + 1, fields.get(0), fields.get(1), fields.get(2), cells));
            }
        }
        return rows;
    }

    @Test
    void everyRoleGetsExactlyWhatTheMatrixSays() throws Exception {
        List<String> failures = new ArrayList<>();
        Map<String, Http> sessions = new HashMap<>();
        int cells = 0;
        for (Row row : matrix()) {
            String path = row.path();
            for (var p : placeholders.entrySet()) {
                path = path.replace(p.getKey(), p.getValue());
            }
            for (var cell : row.cells().entrySet()) {
                cells++;
                String user = USERS.get(cell.getKey());
                String where = "line " + row.line() + " " + row.method() + " " + path + " as " + user + " (" + cell.getKey()
                        + ") expected " + cell.getValue() + ": ";
                Answer answer;
                if (row.iface().equals("api") || row.iface().equals("engine-rest")) {
                    answer = call(Http.basic(port, user, "demo"), row.method(), path);
                } else {
                    Http session = sessions.computeIfAbsent(row.iface() + "/" + user, k -> login(user, row.iface()));
                    if (session == null) {
                        answer = new Answer(-1, "", "");
                    } else {
                        answer = call(session, row.method(), path);
                    }
                }
                check(cell.getValue(), answer).ifPresent(problem -> failures.add(where + problem));
            }
        }
        assertThat(cells).isGreaterThan(200);
        assertThat(failures).as("cells of the who-may-do-what matrix answered otherwise").isEmpty();
    }

    @Test
    void everyApiMappingHasARowAndARule() throws Exception {
        Set<String> inMatrix = new LinkedHashSet<>();
        for (Row row : matrix()) {
            if (row.iface().equals("api")) {
                String path = row.path().replaceAll("\\?.*$", "");
                inMatrix.add(row.method() + " " + path);
            }
        }
        List<String> missing = new ArrayList<>();
        List<String> noRule = new ArrayList<>();
        for (var mapping : mappings.getHandlerMethods().keySet()) {
            for (String pattern : mapping.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    if (ApiAccessRules.find(method.name(), pattern).isEmpty()) {
                        noRule.add(method + " " + pattern);
                    }
                    String concrete = pattern.replaceAll("\\{[^}]+}", "{x}");
                    boolean covered = inMatrix.stream().anyMatch(m -> m.replaceAll("\\{[^}]+}", "{x}")
                            .replaceAll("/341723200/", "/{x}/").equals(method + " " + concrete));
                    if (!covered) {
                        missing.add(method + " " + pattern);
                    }
                }
            }
        }
        assertThat(noRule).as("/api mappings without a line in ApiAccessRules (refused to everyone)").isEmpty();
        assertThat(missing).as("/api mappings without a row in access-matrix.csv").isEmpty();
    }

    record Answer(int status, String body, String contentType) {
    }

    private Http login(String user, String app) {
        try {
            return Http.webappSession(port, user, "demo", app);
        } catch (IllegalStateException refused) {
            return null;
        }
    }

    private Answer call(Http http, String method, String path) throws IOException {
        HttpRequest.Builder request = http.request(path);
        if (method.equals("POST") && path.startsWith("/api/calendar/")) {
            // an arrangement file without the statutory days: refused (400) to those who may upload, nothing stored
            String boundary = "----matrix";
            request.header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(HttpRequest.BodyPublishers
                    .ofByteArray(Http.multipart(boundary, "节假日安排.csv", "日期,安排\n".getBytes(StandardCharsets.UTF_8),
                            Map.of())));
        } else if (method.equals("PUT")) {
            // an arrangement without the statutory days: refused (400) to those who may enter, nothing stored
            request.header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
                    "{\"holidays\": [], \"workdays\": []}"));
        } else if (method.equals("POST") && path.equals("/api/rosters")) {
            String boundary = "----matrix";
            request.header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(HttpRequest.BodyPublishers
                    .ofByteArray(Http.multipart(boundary, "花名册.csv", "序号,姓名\n".getBytes(StandardCharsets.UTF_8),
                            Map.of("mode", "valid_rows"))));
        } else if (method.equals("POST")) {
            String body = switch (path) {
                case "/api/reports" -> "{\"channel\": \"village_sweep\", \"townshipCode\": \"341723200\", \"villageCode\": "
                        + "\"341723200201\", \"reporter\": \"矩阵\", \"person\": {\"name\": \"矩阵上报\", \"idNumber\": \""
                        + newIdNumber() + "\"}, \"description\": \"权限矩阵\", \"urgent\": false, \"relatedToStaff\": false}";
                case "/api/alerts" -> "[" + alert(newIdNumber()) + "]";
                default -> "{\"reason\": \"核对医保报销记录（权限矩阵测试）\"}";
            };
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.GET();
        }
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        String text = contentType.contains("spreadsheetml") ? xlsxText(response.body())
                : new String(response.body(), StandardCharsets.UTF_8);
        return new Answer(response.statusCode(), text, contentType);
    }

    private static String xlsxText(byte[] xlsx) throws IOException {
        StringBuilder text = new StringBuilder();
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            book.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> text.append(format.formatCellValue(cell)).append('\t'))));
        }
        return text.toString();
    }

    private java.util.Optional<String> check(String expected, Answer answer) {
        boolean full = answer.body().contains(idNumber);
        String got = "got " + answer.status() + " " + abbreviate(answer.body());
        if (expected.equals("LOGIN_REFUSED")) {
            return answer.status() == -1 ? java.util.Optional.empty() : java.util.Optional.of("the login was accepted");
        }
        if (expected.matches("\\d{3}")) {
            if (answer.status() != Integer.parseInt(expected)) {
                return java.util.Optional.of(got);
            }
            return full ? java.util.Optional.of("a full ID number in a " + expected) : java.util.Optional.empty();
        }
        if (expected.equals("DENIED")) {
            return answer.status() == 403 || answer.status() == 404 ? java.util.Optional.empty() : java.util.Optional.of(got);
        }
        if (expected.equals("ALLOWED")) {
            return (answer.status() == 200 || answer.status() == 404) && !full ? java.util.Optional.empty()
                    : java.util.Optional.of(got);
        }
        if (answer.status() != 200) {
            return java.util.Optional.of(got);
        }
        boolean visible = answer.body().contains(caseNumber) || answer.body().contains(processInstanceId)
                || answer.body().contains(referredCaseNumber);
        return switch (expected) {
            case "VISIBLE" -> visible && !full ? java.util.Optional.empty() : java.util.Optional.of("not visible or full ID: " + got);
            case "EMPTY" -> !visible && !full ? java.util.Optional.empty() : java.util.Optional.of("the case is visible: " + got);
            case "MASKED" -> answer.body().contains(maskedIdNumber) && !full ? java.util.Optional.empty()
                    : java.util.Optional.of("not masked (or fixture missing): " + got);
            case "FULL" -> full ? java.util.Optional.empty() : java.util.Optional.of("no full ID number: " + got);
            case "NOFULL" -> !full ? java.util.Optional.empty() : java.util.Optional.of("a full ID number: " + got);
            case "REFERRAL" -> !full && answer.body().contains("dept-medical") && !answer.body().contains("\"reports\"")
                    && !answer.body().contains("\"householdId\"")
                    ? java.util.Optional.empty() : java.util.Optional.of("not the referral view: " + got);
            default -> java.util.Optional.of("unknown cell " + expected);
        };
    }

    private static String abbreviate(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() <= 300 ? flat : flat.substring(0, 300) + "…";
    }
}
