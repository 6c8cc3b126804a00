package cn.qingyang.assistance.e2e;

import cn.qingyang.assistance.AppProcess;
import cn.qingyang.assistance.Http;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One packaged application per test class, as a real process on a free port with a fresh H2
 * file database under {@code target/e2e/}, started with the README's demo profile (needs
 * {@code mvn package} first, which {@code mvn verify} does). Browsers are opened per user with
 * {@link #browser(TestInfo, String, String)} and closed after each test.
 *
 * <p>For writing tests only: {@code -Dqingyang.e2e.port=8080} drives an application already
 * running there instead of starting one.
 */
@ExtendWith(Chromium.class)
abstract class BrowserTestBase {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String QIAOMU = "341723200";
    static final String LINGTANG = "341723200201";
    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.currentTimeMillis() / 1000 % 400));

    static AppProcess app;
    static int port;

    private final List<Page> pages = new ArrayList<>();

    @BeforeAll
    static void startApplication(TestInfo info) throws Exception {
        String reuse = System.getProperty("qingyang.e2e.port");
        if (reuse != null && !reuse.isBlank()) {
            port = Integer.parseInt(reuse);
            return;
        }
        String name = info.getTestClass().orElseThrow().getSimpleName() + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path dir = Path.of("target", "e2e", name).toAbsolutePath();
        Files.createDirectories(dir);
        port = AppProcess.freePort();
        Instant started = Instant.now();
        app = AppProcess.start(port, dir.resolve("app.log"), "--spring.profiles.active=demo",
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE");
        System.err.println(">>> " + name + ": application on port " + port + " ready in "
                + Duration.between(started, Instant.now()).toSeconds() + " s (log " + dir.resolve("app.log") + ")");
    }

    @AfterAll
    static void stopApplication() throws Exception {
        if (app != null) {
            app.stop();
            app = null;
        }
    }

    @AfterEach
    void closeBrowsers() {
        pages.forEach(Page::close);
        pages.clear();
    }

    /** A new browser for the user, logged into the webapp (tasklist, cockpit). */
    Page browser(TestInfo info, String user, String webapp) {
        String test = info.getTestClass().orElseThrow().getSimpleName() + "/" + info.getTestMethod().orElseThrow().getName();
        Path screenshots = Path.of("target", "e2e-screenshots", test);
        if (pages.isEmpty()) {
            deleteRecursively(screenshots); // the pictures of this run only
        }
        Page page = new Page(port, screenshots, pages.size() * 20);
        pages.add(page);
        page.login(webapp, user);
        return page;
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Markup that would run if a page put it into its HTML; shown as text it is harmless. */
    static final String MARKUP = "<img src=x onerror=\"window.__xss=1\"><script>window.__xss=1</script>";

    /** Whether a script planted by {@link #MARKUP} (or the like) ran in the page. */
    static Object scriptRan(Page page) {
        return page.script("return window.__xss;");
    }

    static Http as(String user) {
        return Http.basic(port, user, "demo");
    }

    static JsonNode json(HttpResponse<String> response, int status) throws Exception {
        if (response.statusCode() != status) {
            throw new AssertionError("expected HTTP " + status + " but got " + response.statusCode() + ": " + response.body());
        }
        return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    }

    /** A fresh, valid ID number of Qingyang (GB 11643 check digit), unique in this run. */
    static String newIdNumber() {
        int serial = SERIAL.incrementAndGet();
        String body = "341723" + (1950 + serial % 50) + String.format("%02d", 1 + serial / 50 % 12) + "15"
                + String.format("%03d", serial % 1000);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    /** Registers a report as 凌塘村's collector through our API; answers the case number. */
    static String report(String name, String idNumber, String description, boolean urgent) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("channel", "village_sweep").put("townshipCode", QIAOMU)
                .put("villageCode", LINGTANG).put("reporter", "张卫国").put("description", description)
                .put("urgent", urgent).put("relatedToStaff", false);
        body.putObject("person").put("name", name).put("idNumber", idNumber).put("phone", "13800000000");
        return json(as("lingtang-collector").postJson("/api/reports", body.toString()), 201).get("caseNumber").asText();
    }

    static JsonNode caseFile(String caseNumber) throws Exception {
        return json(as("qiaomu-caseworker").get("/api/cases/" + caseNumber), 200);
    }

    /** The open tasks of a case's instance tree (process instance and called ones), as the admin sees them. */
    static JsonNode tasksOf(String caseNumber) throws Exception {
        return json(as("admin").get("/engine-rest/task?processInstanceBusinessKey=" + caseNumber), 200);
    }

    static List<String> taskNamesOf(String caseNumber) throws Exception {
        List<String> names = new ArrayList<>();
        tasksOf(caseNumber).forEach(t -> names.add(t.get("name").asText()));
        return names;
    }
}
