package cn.qingyang.assistance.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingyang.assistance.Http;
import cn.qingyang.assistance.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 16 §2 through the API: entering a year (JSON and file), the record of the change, the
 * refusals in Chinese with every problem listed, and who may do what. The years entered here are
 * far ones (2094–2097): no case's due date in the shared application falls in them.
 */
@IntegrationTest
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class CalendarApiIT {

    @LocalServerPort
    int port;
    @Autowired
    StatutoryHolidays statutory;
    @Autowired
    WorkingDayCalendar workingDays;

    final ObjectMapper json = new ObjectMapper();

    Http as(String user) {
        return Http.basic(port, user, "demo");
    }

    HttpResponse<String> put(Http http, String path, String body) {
        return http.send(http.request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    String body(int year, List<String> holidays, List<String> workdays, String source) throws Exception {
        return json.writeValueAsString(Map.of("holidays", holidays, "workdays", workdays, "source", source));
    }

    List<String> statutoryDays(int year) {
        return statutory.dates(year).stream().map(LocalDate::toString).toList();
    }

    /** A Saturday of the year. */
    static LocalDate saturday(int year) {
        LocalDate d = LocalDate.of(year, 3, 1);
        while (d.getDayOfWeek() != java.time.DayOfWeek.SATURDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    @Test
    void anAdministratorEntersAYearAndItIsRecordedAndInForce() throws Exception {
        int year = 2094;
        List<String> off = new ArrayList<>(statutoryDays(year));
        LocalDate bridged = LocalDate.of(year, 10, 4);
        off.add(bridged.toString());
        String worked = saturday(year).toString();
        HttpResponse<String> entered = put(as("admin"), "/api/calendar/years/" + year,
                body(year, off, List.of(worked), "国办发明电〔2093〕9号"));
        assertThat(entered.statusCode()).as(entered.body()).isEqualTo(200);
        JsonNode answer = json.readTree(entered.body());
        long changeId = answer.get("changeId").asLong();
        assertThat(answer.get("year").asInt()).isEqualTo(year);
        assertThat(answer.get("before").asText()).isEqualTo("STATUTORY");

        // in force at once: the calendar the BPMN expressions use counts it
        assertThat(workingDays.isProvisional(bridged)).isFalse();
        assertThat(workingDays.isWorkingDay(saturday(year))).isTrue();

        JsonNode shown = json.readTree(as("lingtang-collector").get("/api/calendar/years/" + year).body());
        assertThat(shown.get("source").asText()).isEqualTo("ENTERED");
        assertThat(shown.get("status").asText()).isEqualTo("已发布");
        assertThat(shown.get("enteredBy").asText()).isEqualTo("admin");
        assertThat(shown.get("notice").asText()).isEqualTo("国办发明电〔2093〕9号");
        assertThat(shown.get("workdays").toString()).contains(worked);

        JsonNode change = json.readTree(as("qiaomu-caseworker").get("/api/calendar/changes/" + changeId).body());
        assertThat(change.get("changedBy").asText()).isEqualTo("admin");
        assertThat(change.get("before").asText()).isEqualTo("STATUTORY");
        assertThat(change.get("holidaysAdded").toString()).isEqualTo("[\"" + bridged + "\"]");
        assertThat(change.get("workdaysAdded").toString()).isEqualTo("[\"" + worked + "\"]");
        assertThat(change.get("summary").asText()).isEqualTo("新增放假 1 天；新增调休上班 1 天");
        assertThat(change.get("movesUrl").asText()).isEqualTo("/api/calendar/changes/" + changeId + "/moves");
        assertThat(as("county-supervisor").get("/api/calendar/changes").body()).contains("\"id\":" + changeId);

        // a correction by the county: recorded against the entered year
        HttpResponse<String> corrected = put(as("county-supervisor"), "/api/calendar/years/" + year,
                body(year, statutoryDays(year), List.of(), "更正"));
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        JsonNode second = json.readTree(as("admin").get("/api/calendar/changes/" + json.readTree(corrected.body())
                .get("changeId").asLong()).body());
        assertThat(second.get("before").asText()).isEqualTo("ENTERED");
        assertThat(second.get("holidaysRemoved").toString()).isEqualTo("[\"" + bridged + "\"]");
        assertThat(second.get("workdaysRemoved").toString()).isEqualTo("[\"" + worked + "\"]");
        assertThat(workingDays.isWorkingDay(saturday(year))).isFalse();
    }

    @Test
    void aMalformedArrangementIsRefusedInChineseWithEveryProblemListed(
            org.springframework.boot.test.system.CapturedOutput output) throws Exception {
        int year = 2095;
        List<String> off = new ArrayList<>(statutoryDays(year));
        String newYear = off.remove(0);
        off.add("2095-02-30");
        HttpResponse<String> refused = put(as("admin"), "/api/calendar/years/" + year,
                body(year, off, List.of(LocalDate.of(year, 3, 1).toString(), "2096-01-05"), ""));
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode answer = json.readTree(refused.body());
        List<String> problems = new ArrayList<>();
        answer.get("problems").forEach(p -> problems.add(p.asText()));
        assertThat(problems).contains("放假日“2095-02-30”不是有效的日期：请写成 2028-01-01 的格式",
                "调休上班日 2096-01-05 不属于 2095 年：只能填 2095 年内的日期",
                newYear + "（元旦）未列为放假日：法定节假日必须放假");
        assertThat(answer.get("message").asText()).startsWith("2095 年的节假日安排有 " + problems.size() + " 处需要改正，未保存：");
        assertThat(answer.get("error").get("code").asText()).isEqualTo("ARRANGEMENT_INVALID");
        assertThat(workingDays.isProvisional(LocalDate.of(year, 6, 1))).as("nothing stored").isTrue();

        assertThat(json.readTree(put(as("admin"), "/api/calendar/years/" + year, "{\"holidays\": [").body())
                .get("problems").get(0).asText()).startsWith("请求体不是有效的 JSON 对象");
        assertThat(json.readTree(put(as("admin"), "/api/calendar/years/" + year, "{\"holiday\": []}").body())
                .get("problems").get(0).asText()).contains("没有“holiday”这一项");
        HttpResponse<String> oldYear = put(as("admin"), "/api/calendar/years/2024", body(2024, List.of(), List.of(), ""));
        assertThat(oldYear.statusCode()).isEqualTo(400);
        assertThat(oldYear.body()).contains("只能录入 2025 至 2099 年");
        assertThat(as("admin").get("/api/calendar/years/1999").statusCode()).isEqualTo(404);
        assertThat(as("admin").get("/api/calendar/changes/99999999").statusCode()).isEqualTo(404);
        assertThat(output.getAll().lines().filter(line -> line.contains(" ERROR ")))
                .as("a person's mistake is no fault for the operators' log").isEmpty();
    }

    @Test
    void aFileIsUploadedOrRefusedRowByRow() throws Exception {
        int year = 2096;
        HttpResponse<String> template = as("county-supervisor").get("/api/calendar/template.csv?year=" + year);
        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(template.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        for (String day : statutoryDays(year)) {
            assertThat(template.body()).contains(day + ",放假,");
        }
        String filled = template.body() + LocalDate.of(year, 10, 4) + ",放假,国庆节\r\n" + saturday(year) + ",上班,\r\n";
        HttpResponse<String> uploaded = as("county-supervisor").upload("/api/calendar/years/" + year + "/file",
                year + "年节假日安排.csv", filled.getBytes(StandardCharsets.UTF_8), Map.of("source", "国办发明电〔2095〕1号"));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
        assertThat(workingDays.isWorkingDay(saturday(year))).isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.of(year, 10, 4))).isFalse();

        HttpResponse<String> wrong = as("admin").upload("/api/calendar/years/2097/file", "安排.csv",
                "2097年节假日安排\n日期,安排\n2097-01-01,放假\n2097-01-40,放假\n2097-01-02,休假\n".getBytes(StandardCharsets.UTF_8),
                Map.of());
        assertThat(wrong.statusCode()).isEqualTo(400);
        JsonNode refused = json.readTree(wrong.body());
        assertThat(refused.get("problems").get(0).asText()).isEqualTo("第 4 行：日期“2097-01-40”不是有效的日期，请写成 2028-01-01 的格式");
        assertThat(refused.get("problems").get(1).asText()).isEqualTo("第 5 行：安排“休假”不对：请填写“放假”或“上班”");
        assertThat(refused.get("problems").toString()).contains("（春节）未列为放假日：法定节假日必须放假");
        assertThat(as("admin").upload("/api/calendar/years/2097/file", "安排.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11,
                (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 1}, Map.of()).body()).contains("旧版 Excel");
    }

    @Test
    void onlyTheCountyEntersAndDepartmentsAndSystemsDoNotRead() throws Exception {
        String valid = body(2097, statutoryDays(2097), List.of(), "");
        HttpResponse<String> township = put(as("qiaomu-caseworker"), "/api/calendar/years/2097", valid);
        assertThat(township.statusCode()).isEqualTo(403);
        assertThat(township.body()).contains("节假日安排只能由系统管理员或县民政局录入");
        assertThat(as("lingtang-collector").upload("/api/calendar/years/2097/file", "a.csv", "日期,安排\n".getBytes(
                StandardCharsets.UTF_8), Map.of()).statusCode()).isEqualTo(403);
        assertThat(as("medical-liaison").get("/api/calendar/years").statusCode()).isEqualTo(403);
        assertThat(as("bigdata-platform").get("/api/calendar/status").statusCode()).isEqualTo(403);
        assertThat(workingDays.isProvisional(LocalDate.of(2097, 6, 1))).isTrue();

        HttpResponse<String> years = as("lingtang-collector").get("/api/calendar/years");
        assertThat(years.statusCode()).isEqualTo(200);
        JsonNode list = json.readTree(years.body());
        assertThat(list.get(0).get("year").asInt()).isEqualTo(2025);
        assertThat(list.get(0).get("source").asText()).isEqualTo("SHIPPED");
        int thisYear = workingDays.today().getYear();
        boolean nextShown = false;
        for (JsonNode y : list) {
            if (y.get("year").asInt() == workingDays.horizon().nextYearToEnter()) {
                nextShown = y.get("source").asText().equals("STATUTORY") && y.get("status").asText().equals("暂定");
            }
        }
        assertThat(nextShown).as("the next year to enter, provisional, in " + years.body()).isTrue();
        JsonNode status = json.readTree(as("qiaomu-caseworker").get("/api/calendar/status").body());
        assertThat(status.get("today").asText()).startsWith(String.valueOf(thisYear));
        assertThat(status.get("nextYearToEnter").asInt()).isEqualTo(workingDays.horizon().nextYearToEnter());
        assertThat(status.get("warning").asBoolean()).isEqualTo(workingDays.horizon().warning());
    }

    @Test
    void thePageIsServedWithOurSecurityHeadersAndNoInlineScript() {
        HttpResponse<String> page = Http.anonymous(port).get("/calendar/index.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("script-src 'self';", "frame-ancestors 'none'", "object-src 'none'");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.body()).contains("<title>节假日安排", "<script src=\"calendar.js\"></script>")
                .doesNotContain("<script>").doesNotContain("<style>");
    }

    @Test
    void theHealthEndpointCarriesTheHorizonAndStaysUp() throws Exception {
        HttpResponse<String> health = Http.anonymous(port).get("/actuator/health/working-days");
        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        JsonNode body = json.readTree(health.body());
        assertThat(body.get("status").asText()).isEqualTo("UP");
        JsonNode details = body.get("components").get("workingDays").get("details");
        WorkingDayCalendar.Horizon horizon = workingDays.horizon();
        assertThat(details.get("warning").asBoolean()).isEqualTo(horizon.warning());
        assertThat(details.get("nextYearToEnter").asInt()).isEqualTo(horizon.nextYearToEnter());
        assertThat(details.get("publishedUntil").asText()).isEqualTo(horizon.publishedUntil().toString());
        if (horizon.warning()) {
            assertThat(details.get("message").asText()).isEqualTo(horizon.message());
        }
    }
}
