package cn.qingyang.assistance.intake.alerts;

import cn.qingyang.assistance.crypto.BlindIndex;
import cn.qingyang.assistance.TestIdNumbers;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qingyang.assistance.Http;
import cn.qingyang.assistance.IntegrationTest;
import cn.qingyang.assistance.traceability.Proves;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code POST /api/alerts} as the big-data platform uses it: new persons open cases, a person with
 * an open case gets the alert attached, a resent alert changes nothing, one bad alert is refused
 * in Chinese while the rest of its batch goes through, and two identical batches at once still
 * give one case per person and one record per alert.
 *
 * <p>The application context is shared with every other integration test: the persons here are
 * born 1930-1945 (ID number bodies nobody else uses), and every alertId is fresh.
 */
@IntegrationTest
class BigDataAlertIT {

    static final String PASSWORD = "demo";
    static final String PLATFORM = "bigdata-platform";
    static final String QIAOMU = "341723200";
    static final String RONGCHENG = "341723100";
    static final String LINGTANG = "341723200201";
    static final ObjectMapper JSON = new ObjectMapper();
    static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

    @LocalServerPort
    int port;
    @Autowired
    BlindIndex index;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;

    @Proves("N2")
    @Test
    void newPersonsInABatchOpenCasesRecordedAsBigDataReports() throws Exception {
        String first = idNumber("34172319300105" + "011");
        String second = idNumber("34172319300206" + "022");
        ObjectNode surge = alert("周桂芳", first, QIAOMU, "EXPENDITURE_SURGE");
        surge.put("villageCode", LINGTANG).putObject("details").put("category", "医疗").put("months", 3).put("amount", 45000);
        ObjectNode drop = alert("吴长根", second, RONGCHENG, "INCOME_DROP");
        drop.putObject("details").put("months", 3).put("before", 4200).put("after", 800);

        JsonNode results = post(batch(surge, drop));

        assertThat(results).hasSize(2);
        assertThat(results.get(0).get("alertId").asText()).isEqualTo(surge.get("alertId").asText());
        assertThat(results.get(0).get("result").asText()).isEqualTo("OPENED");
        assertThat(results.get(0).has("error")).isFalse();
        assertThat(results.get(0).get("caseNumber").asText()).matches(QIAOMU + "-\\d{6}-\\d{4}");
        assertThat(results.get(1).get("result").asText()).isEqualTo("OPENED");
        assertThat(results.get(1).get("caseNumber").asText()).startsWith(RONGCHENG + "-");

        String caseNumber = results.get(0).get("caseNumber").asText();
        JsonNode caseView = body(as("qiaomu-caseworker").get("/api/cases/" + caseNumber), 200);
        assertThat(caseView.get("channel").asText()).isEqualTo("big_data");
        assertThat(caseView.get("villageCode").asText()).isEqualTo(LINGTANG);
        assertThat(caseView.get("reports")).singleElement().satisfies(report -> {
            assertThat(report.get("channel").asText()).isEqualTo("big_data");
            assertThat(report.get("result").asText()).isEqualTo("OPENED");
            assertThat(report.get("description").asText()).isEqualTo("大数据预警：支出骤增（医疗支出 3 个月 45,000 元）");
        });
        assertThat(jdbc.sql("SELECT description FROM case_report WHERE external_ref = :ref")
                .param("ref", "alert:" + drop.get("alertId").asText()).query(String.class).single())
                .isEqualTo("大数据预警：收入骤减（近 3 个月月收入由 4,200 元降至 800 元）");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("DiscoveryCase")
                .processInstanceBusinessKey(caseNumber).singleResult().getTenantId()).isEqualTo(QIAOMU);

        Map<String, Object> row = alertRow(surge.get("alertId").asText());
        assertThat(row.get("result")).isEqualTo("OPENED");
        assertThat(row.get("source")).isEqualTo("县医疗保障局医保结算数据");
        assertThat(row.get("type")).isEqualTo("EXPENDITURE_SURGE");
        assertThat(row.get("township_code")).isEqualTo(QIAOMU);
        assertThat(row.get("detected_at")).isNotNull();
        assertThat(row.get("received_by")).isEqualTo(PLATFORM);
        assertThat(JSON.readTree(String.valueOf(row.get("details")))).isEqualTo(surge.get("details"));
        assertThat(jdbc.sql("SELECT c.case_number FROM big_data_alert a JOIN discovery_case c ON c.id = a.case_id "
                + "WHERE a.alert_id = :id").param("id", surge.get("alertId").asText()).query(String.class).single())
                .isEqualTo(caseNumber);
    }

    @Proves("N2")
    @Test
    void anAlertForAPersonWithAnOpenCaseIsAttachedToIt() throws Exception {
        String idNumber = idNumber("34172319310307" + "031");
        ObjectNode report = JSON.createObjectNode().put("channel", "village_sweep").put("reporter", "张卫国")
                .put("description", "独居老人，行动不便");
        report.putObject("person").put("name", "郑德福").put("idNumber", idNumber);
        JsonNode opened = body(as("lingtang-collector").postJson("/api/reports", report.toString()), 201);
        String caseNumber = opened.get("caseNumber").asText();

        ObjectNode unstable = alert("郑德福", idNumber, QIAOMU, "INCOME_UNSTABLE");
        unstable.putObject("details").put("months", 6).put("min", 300).put("max", 3000);
        JsonNode results = post(batch(unstable));

        assertThat(results.get(0).get("result").asText()).isEqualTo("ATTACHED");
        assertThat(results.get(0).get("caseNumber").asText()).isEqualTo(caseNumber);
        JsonNode reports = body(as("qiaomu-caseworker").get("/api/cases/" + caseNumber), 200).get("reports");
        assertThat(reports).extracting(r -> r.get("channel").asText() + "/" + r.get("result").asText())
                .containsExactly("village_sweep/OPENED", "big_data/ATTACHED");
        assertThat(reports.get(1).get("description").asText())
                .isEqualTo("大数据预警：收入不稳定（近 6 个月收入在 300 至 3,000 元之间波动）");
        assertThat(alertRow(unstable.get("alertId").asText()).get("result")).isEqualTo("ATTACHED");

        // the county bureau may push alerts as well (e.g. a file from the platform, by hand)
        ObjectNode other = alert("郑德福", idNumber, QIAOMU, "OTHER");
        other.putObject("details").put("reason", "住房安全等级鉴定为 D 级");
        JsonNode byCounty = body(as("county-supervisor").postJson("/api/alerts", batch(other).toString()), 200);
        assertThat(byCounty.get(0).get("result").asText()).isEqualTo("ATTACHED");
        assertThat(byCounty.get(0).get("caseNumber").asText()).isEqualTo(caseNumber);
    }

    @Test
    void theSameBatchSentAgainIsAllDuplicateAndChangesNothing() throws Exception {
        ArrayNode batch = batch(
                alert("冯秀珍", idNumber("34172319320408" + "041"), QIAOMU, "EXPENDITURE_SURGE"),
                alert("冯秀珍", idNumber("34172319320408" + "041"), QIAOMU, "INCOME_DROP"),
                alert("褚国强", idNumber("34172319320509" + "052"), RONGCHENG, "OTHER"));
        JsonNode first = post(batch);
        assertThat(first).extracting(r -> r.get("result").asText()).containsExactly("OPENED", "ATTACHED", "OPENED");
        long reports = count("case_report");
        long cases = count("discovery_case");
        long alerts = count("big_data_alert");
        List<Map<String, Object>> rows = alertRows(batch);

        JsonNode again = post(batch);

        assertThat(again).extracting(r -> r.get("result").asText()).containsExactly("DUPLICATE", "DUPLICATE", "DUPLICATE");
        for (int i = 0; i < 3; i++) {
            assertThat(again.get(i).get("alertId").asText()).isEqualTo(batch.get(i).get("alertId").asText());
            assertThat(again.get(i).get("caseNumber").asText()).isEqualTo(first.get(i).get("caseNumber").asText());
        }
        assertThat(count("case_report")).isEqualTo(reports);
        assertThat(count("discovery_case")).isEqualTo(cases);
        assertThat(count("big_data_alert")).isEqualTo(alerts);
        assertThat(alertRows(batch)).isEqualTo(rows);
    }

    @Test
    void badAlertsAreRejectedInChineseWhileTheRestOfTheBatchGoesOn() throws Exception {
        String valid = idNumber("34172319330610" + "061");
        String wrongCheckDigit = wrongCheckDigit(idNumber("34172319330711" + "071"));
        ObjectNode before = alert("卫淑珍", valid, QIAOMU, "EXPENDITURE_SURGE");
        ObjectNode badIdNumber = alert("蒋大勇", wrongCheckDigit, QIAOMU, "INCOME_DROP");
        ObjectNode unknownType = alert("沈玉梅", idNumber("34172319330812" + "081"), QIAOMU, "LOTTERY_WIN");
        ObjectNode badTime = alert("韩明亮", idNumber("34172319330913" + "091"), QIAOMU, "OTHER").put("detectedAt", "2026年11月20日");
        ObjectNode unknownTownship = alert("杨春花", idNumber("34172319331014" + "101"), "341723999", "OTHER");
        ObjectNode noAlertId = alert("朱建平", idNumber("34172319331115" + "111"), QIAOMU, "OTHER");
        noAlertId.remove("alertId");
        ObjectNode after = alert("秦桂兰", idNumber("34172319331216" + "121"), RONGCHENG, "OTHER");
        long reports = count("case_report");

        JsonNode results = post(batch(before, badIdNumber, unknownType, badTime, unknownTownship, noAlertId, after));

        assertThat(results).extracting(r -> r.get("result").asText())
                .containsExactly("OPENED", "REJECTED", "REJECTED", "REJECTED", "REJECTED", "REJECTED", "OPENED");
        assertRejected(results.get(1), "idNumber", "身份证号码校验位不正确");
        assertRejected(results.get(2), "type", "预警类型“LOTTERY_WIN”无效");
        assertRejected(results.get(3), "detectedAt", "不是 ISO-8601 格式的时间");
        assertRejected(results.get(4), "townshipCode", "不是本县在册的乡镇");
        assertRejected(results.get(5), "alertId", "缺少预警编号");
        assertThat(results.get(5).has("alertId")).isFalse();
        assertThat(results.get(1).has("caseNumber")).isFalse();
        assertThat(count("case_report")).isEqualTo(reports + 2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person WHERE id_number_index = :id").param("id", index.of(wrongCheckDigit))
                .query(Long.class).single()).isZero();

        Map<String, Object> rejected = alertRow(badIdNumber.get("alertId").asText());
        assertThat(rejected.get("result")).isEqualTo("REJECTED");
        assertThat(rejected.get("case_id")).isNull();
        assertThat((String) rejected.get("error_message")).contains("身份证号码校验位不正确");

        // the platform corrects the number and sends the alert again under its id: now it is processed
        badIdNumber.put("idNumber", idNumber("34172319330711" + "071"));
        JsonNode corrected = post(batch(badIdNumber));
        assertThat(corrected.get(0).get("result").asText()).isEqualTo("OPENED");
        assertThat(alertRow(badIdNumber.get("alertId").asText()).get("result")).isEqualTo("OPENED");
    }

    @Test
    void theSameAlertIdTwiceInOneBatchIsProcessedOnce() throws Exception {
        ObjectNode alert = alert("尤德明", idNumber("34172319340115" + "131"), QIAOMU, "EXPENDITURE_SURGE");
        String alertId = alert.get("alertId").asText();

        JsonNode results = post(batch(alert, alert.deepCopy()));

        assertThat(results).extracting(r -> r.get("result").asText()).containsExactly("OPENED", "DUPLICATE");
        assertThat(results.get(1).get("alertId").asText()).isEqualTo(alertId);
        assertThat(results.get(1).get("caseNumber").asText()).isEqualTo(results.get(0).get("caseNumber").asText());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_report WHERE external_ref = :ref").param("ref", "alert:" + alertId)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM big_data_alert WHERE alert_id = :id").param("id", alertId)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void twoIdenticalBatchesAtOnceGiveOneCasePerPersonAndProcessEachAlertOnce() throws Exception {
        String[] persons = {idNumber("34172319350216" + "141"), idNumber("34172319350317" + "152"),
                idNumber("34172319350418" + "161")};
        ArrayNode batch = batch(
                alert("许光明", persons[0], QIAOMU, "EXPENDITURE_SURGE"),
                alert("何翠英", persons[1], RONGCHENG, "INCOME_DROP"),
                alert("许光明", persons[0], QIAOMU, "INCOME_UNSTABLE"),
                alert("吕永福", persons[2], QIAOMU, "OTHER"));
        int senders = 2;
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        CountDownLatch ready = new CountDownLatch(senders);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < senders; i++) {
                Http platform = as(PLATFORM);
                answers.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return platform.postJson("/api/alerts", batch.toString());
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<JsonNode> results = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                results.add(body(answer.get(2, TimeUnit.MINUTES), 200));
            }

            for (int i = 0; i < batch.size(); i++) {
                String alertId = batch.get(i).get("alertId").asText();
                List<String> outcomes = new ArrayList<>();
                List<String> caseNumbers = new ArrayList<>();
                for (JsonNode result : results) {
                    assertThat(result.get(i).get("alertId").asText()).isEqualTo(alertId);
                    outcomes.add(result.get(i).get("result").asText());
                    caseNumbers.add(result.get(i).get("caseNumber").asText());
                }
                assertThat(outcomes).as("alert %s in both batches: %s", alertId, results)
                        .containsOnlyOnce("DUPLICATE").hasSize(2).allMatch(o -> !o.equals("REJECTED"));
                assertThat(caseNumbers).as("both answers name the same case").containsOnly(caseNumbers.get(0));
                assertThat(jdbc.sql("SELECT COUNT(*) FROM big_data_alert WHERE alert_id = :id").param("id", alertId)
                        .query(Long.class).single()).isEqualTo(1);
                assertThat(jdbc.sql("SELECT COUNT(*) FROM case_report WHERE external_ref = :ref")
                        .param("ref", "alert:" + alertId).query(Long.class).single()).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
        for (String person : persons) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM discovery_case c JOIN person p ON p.id = c.person_id "
                    + "WHERE p.id_number_index = :id").param("id", index.of(person)).query(Long.class).single()).as(person).isEqualTo(1);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_report r JOIN discovery_case c ON c.id = r.case_id "
                + "JOIN person p ON p.id = c.person_id WHERE p.id_number_index = :id").param("id", index.of(persons[0]))
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aBodyThatIsNotANonEmptyArrayOfAtMostAThousandAlertsIsRefused() throws Exception {
        long alerts = count("big_data_alert");
        Http platform = as(PLATFORM);
        ArrayNode tooMany = JSON.createArrayNode();
        for (int i = 0; i < 1001; i++) {
            tooMany.add(alert("孔繁荣", idNumber("34172319360101" + "011"), QIAOMU, "OTHER"));
        }
        Map<String, HttpResponse<String>> refused = Map.of(
                "ALERTS_EMPTY", platform.postJson("/api/alerts", "[]"),
                "ALERTS_NOT_ARRAY", platform.postJson("/api/alerts", alert("孔繁荣", idNumber("34172319360101" + "011"),
                        QIAOMU, "OTHER").toString()),
                "ALERTS_TOO_MANY", platform.postJson("/api/alerts", tooMany.toString()),
                "BODY_INVALID", platform.postJson("/api/alerts", "[{\"alertId\": "));
        refused.forEach((code, response) -> {
            assertThat(response.statusCode()).as(code + ": " + response.body()).isEqualTo(400);
            JsonNode error = read(response.body()).get("error");
            assertThat(error.get("code").asText()).isEqualTo(code);
            assertThat(error.get("message").asText()).containsPattern(CHINESE);
        });
        assertThat(read(refused.get("ALERTS_TOO_MANY").body()).get("error").get("message").asText()).contains("1000");
        assertThat(count("big_data_alert")).isEqualTo(alerts);
    }

    @Test
    void onlyThePlatformTheCountyAndAdministratorsMayPushAlerts() throws Exception {
        long alerts = count("big_data_alert");
        String body = batch(alert("孟凡华", idNumber("34172319370202" + "021"), QIAOMU, "OTHER")).toString();
        for (String user : new String[] {"lingtang-collector", "qiaomu-caseworker", "medical-liaison"}) {
            HttpResponse<String> response = as(user).postJson("/api/alerts", body);
            assertThat(response.statusCode()).as(user + ": " + response.body()).isEqualTo(403);
            assertThat(read(response.body()).get("error").get("message").asText())
                    .contains("仅社会救助大数据平台的系统账号");
        }
        HttpResponse<String> anonymous = Http.anonymous(port).postJson("/api/alerts", body);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(read(anonymous.body()).get("error").get("message").asText()).containsPattern(CHINESE);
        assertThat(count("big_data_alert")).isEqualTo(alerts);
    }

    @Test
    void theSystemAccountBelongsToThePlatformGroupAndToNoTownship() {
        HttpResponse<String> me = as(PLATFORM).get("/api/me");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(read(me.body()).get("groups")).extracting(g -> g.get("id").asText() + "/" + g.get("name").asText())
                .containsExactly("system-bigdata/社会救助大数据平台");
        assertThat(read(me.body()).get("tenants")).isEmpty();
    }

    // ---------------------------------------------------------------- helpers

    static ObjectNode alert(String name, String idNumber, String townshipCode, String type) {
        ObjectNode alert = JSON.createObjectNode().put("alertId", "BD-TEST-" + UUID.randomUUID())
                .put("source", "县医疗保障局医保结算数据").put("idNumber", idNumber).put("name", name)
                .put("townshipCode", townshipCode).put("type", type).put("detectedAt", "2026-01-20T08:30:00+08:00");
        alert.putObject("details").put("summary", "测试预警");
        return alert;
    }

    static ArrayNode batch(ObjectNode... alerts) {
        ArrayNode batch = JSON.createArrayNode();
        for (ObjectNode alert : alerts) {
            batch.add(alert);
        }
        return batch;
    }

    private JsonNode post(ArrayNode batch) throws Exception {
        JsonNode results = body(as(PLATFORM).postJson("/api/alerts", batch.toString()), 200);
        assertThat(results.isArray()).isTrue();
        assertThat(results).hasSize(batch.size());
        return results;
    }

    private static void assertRejected(JsonNode result, String field, String message) {
        assertThat(result.get("result").asText()).isEqualTo("REJECTED");
        assertThat(result.get("error").get("field").asText()).isEqualTo(field);
        assertThat(result.get("error").get("message").asText()).contains(message).containsPattern(CHINESE);
        assertThat(result.get("error").get("code").asText()).isNotBlank();
    }

    /** A valid 18-character ID number: the 17-digit body and its GB 11643-1999 check character. */
    static String idNumber(String body) {
        return TestIdNumbers.withCheckDigit(body);
    }

    static String wrongCheckDigit(String valid) {
        return valid.substring(0, 17) + (valid.charAt(17) == '1' ? '2' : '1');
    }

    private Http as(String user) {
        return Http.basic(port, user, PASSWORD);
    }

    private Map<String, Object> alertRow(String alertId) {
        return jdbc.sql("SELECT * FROM big_data_alert WHERE alert_id = :id").param("id", alertId).query().listOfRows()
                .stream().map(BigDataAlertIT::lowerCaseKeys).findFirst().orElseThrow();
    }

    private List<Map<String, Object>> alertRows(ArrayNode batch) {
        List<Map<String, Object>> rows = new ArrayList<>();
        batch.forEach(a -> rows.add(alertRow(a.get("alertId").asText())));
        return rows;
    }

    private static Map<String, Object> lowerCaseKeys(Map<String, Object> row) {
        Map<String, Object> lower = new java.util.LinkedHashMap<>();
        row.forEach((k, v) -> lower.put(k.toLowerCase(java.util.Locale.ROOT), v instanceof java.sql.Clob clob ? clobText(clob) : v));
        return lower;
    }

    private static String clobText(java.sql.Clob clob) {
        try {
            return clob.getSubString(1, (int) clob.length());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private static JsonNode body(HttpResponse<String> response, int expectedStatus) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return JSON.readTree(response.body());
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(body, e);
        }
    }
}
