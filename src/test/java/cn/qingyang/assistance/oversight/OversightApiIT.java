package cn.qingyang.assistance.oversight;

import cn.qingyang.assistance.oversight.assessment.AssessmentService;
import cn.qingyang.assistance.oversight.spotcheck.SpotCheckService;

import cn.qingyang.assistance.crypto.BlindIndex;
import cn.qingyang.assistance.crypto.FieldCipher;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qingyang.assistance.Http;
import cn.qingyang.assistance.IntegrationTest;
import cn.qingyang.assistance.TestIdNumbers;
import cn.qingyang.assistance.intake.RegistrationService;
import cn.qingyang.assistance.intake.ReportRequest;
import cn.qingyang.assistance.security.CallerScope;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The oversight API behind the Cockpit dashboard and the county's downloads, within each role's scope. */
@IntegrationTest
class OversightApiIT {

    static final String QIAOMU = "341723200";

    @LocalServerPort
    int port;
    @Autowired
    FieldCipher cipher;

    @Autowired
    BlindIndex index;

    @Autowired
    RegistrationService registration;
    @Autowired
    AssessmentService assessments;
    @Autowired
    SpotCheckService spotChecks;
    @Autowired
    JdbcClient jdbc;

    final ObjectMapper json = new ObjectMapper();

    private JsonNode get(String user, String path) throws Exception {
        HttpResponse<String> response = Http.basic(port, user, "demo").get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static JsonNode township(JsonNode dashboard, String code) {
        for (JsonNode t : dashboard.get("townships")) {
            if (t.get("code").asText().equals(code)) {
                return t;
            }
        }
        return null;
    }

    private static long petitions(JsonNode township) {
        JsonNode month = township.get("reportsByMonth").get(YearMonth.now(ZoneId.of("Asia/Shanghai")).toString());
        return month == null || month.get("petition") == null ? 0 : month.get("petition").asLong();
    }

    @Test
    void theDashboardShowsTheCountyEveryTownshipAndATownshipOnlyItself() throws Exception {
        long before = petitions(township(get("county-supervisor", "/api/oversight/dashboard"), QIAOMU));
        String idNumber = TestIdNumbers.withCheckDigit("34172319680606" + String.format("%03d", (int) (System.nanoTime() % 1000)));
        registration.register(new ReportRequest("petition", QIAOMU, "341723200202", "信访转办",
                new ReportRequest.PersonData("看板测试", idNumber, null), "房屋漏雨无力修缮", false, false, null),
                new CallerScope("admin", List.of("camunda-admin")));

        JsonNode county = get("county-supervisor", "/api/oversight/dashboard");
        assertThat(county.get("countyWide").asBoolean()).isTrue();
        assertThat(county.get("townships")).hasSize(14);
        assertThat(county.get("months")).hasSize(6);
        JsonNode qiaomu = township(county, QIAOMU);
        assertThat(petitions(qiaomu)).as("the new petition, this month").isEqualTo(before + 1);
        assertThat(qiaomu.get("openCases").asLong()).isPositive();
        assertThat(qiaomu.get("openTasksByStage").has("入户调查评估")).as("the case waits for its home visit").isTrue();
        assertThat(qiaomu.get("name").asText()).isEqualTo("乔木乡");

        JsonNode own = get("qiaomu-caseworker", "/api/oversight/dashboard?months=3");
        assertThat(own.get("countyWide").asBoolean()).isFalse();
        assertThat(own.get("townships")).singleElement().satisfies(t -> assertThat(t.get("code").asText()).isEqualTo(QIAOMU));
        assertThat(own.get("months")).hasSize(3);
        assertThat(township(own, QIAOMU).get("openTasksByStage")).isEqualTo(qiaomu.get("openTasksByStage"));

        JsonNode rongcheng = get("rongcheng-caseworker", "/api/oversight/dashboard");
        assertThat(rongcheng.get("townships")).singleElement()
                .satisfies(t -> assertThat(t.get("code").asText()).isEqualTo("341723100"));
        assertThat(get("lingtang-collector", "/api/oversight/dashboard").get("townships")).isEmpty();

        HttpResponse<String> bad = Http.basic(port, "county-supervisor", "demo").get("/api/oversight/dashboard?months=99");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("1 到 24");
        assertThat(Http.anonymous(port).get("/api/oversight/dashboard").statusCode()).isEqualTo(401);
    }

    @Test
    void theAssessmentReportIsAnXlsxForTheCountyOnly() throws Exception {
        jdbc.sql("INSERT INTO sweep_village (sweep_month, township_code, village_code, status) "
                + "VALUES ('2033-06', '341723200', '341723200204', 'OVERDUE')").update();
        assessments.calculate(2033);

        Http county = Http.basic(port, "county-supervisor", "demo");
        HttpResponse<byte[]> response = county.send(county.request("/api/oversight/assessments/2033/report.xlsx").GET(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("spreadsheetml"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("2033年度考核");
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).startsWith("排名", "乡镇", "总分（满分 100.0）");
            assertThat(sheet.getLastRowNum()).isEqualTo(14);
            Row last = sheet.getRow(14);
            assertThat(last.getCell(0).getStringCellValue()).isEqualTo("14");
            assertThat(last.getCell(1).getStringCellValue()).isEqualTo("乔木乡");
            assertThat(last.getCell(2).getStringCellValue()).isEqualTo("80.0");
            assertThat(last.getCell(6).getStringCellValue()).as("摸排按时/应摸排").isEqualTo("0/1");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("100.0");
            assertThat(last.getCell(13).getStringCellValue()).isEqualTo("待审核");
        }

        HttpResponse<String> township = Http.basic(port, "qiaomu-caseworker", "demo").get("/api/oversight/assessments/2033/report.xlsx");
        assertThat(township.statusCode()).isEqualTo(403);
        assertThat(township.body()).contains("只供县民政局下载");
        JsonNode own = get("qiaomu-caseworker", "/api/oversight/assessments/2033");
        assertThat(own).singleElement().satisfies(r -> {
            assertThat(r.get("township").asText()).isEqualTo("乔木乡");
            assertThat(r.get("rank").asInt()).isEqualTo(14);
        });
        assertThat(Http.basic(port, "county-supervisor", "demo").get("/api/oversight/assessments/1999").statusCode()).isEqualTo(400);
        HttpResponse<String> notYet = Http.basic(port, "county-supervisor", "demo").get("/api/oversight/assessments/2040");
        assertThat(notYet.statusCode()).isEqualTo(404);
        assertThat(notYet.body()).contains("2040 年度尚未进行考核");
    }

    @Test
    void theSpotCheckDrawIsPublishedWithItsSeedAndReproducesAndTownshipsSeeMaskedNumbers() throws Exception {
        OversightFixtures fixtures = new OversightFixtures(jdbc, cipher, index);
        var at = java.time.OffsetDateTime.parse("2033-02-10T10:00:00+08:00");
        for (int i = 0; i < 4; i++) {
            fixtures.careArranged(fixtures.closedCase(QIAOMU, false), at);
            fixtures.temporaryPaid(fixtures.closedCase("341723100", false), at);
        }
        var draw = spotChecks.draw("2033-02", new BigDecimal("0.30"), new BigDecimal("0.10"), "county-supervisor");

        JsonNode county = get("county-supervisor", "/api/oversight/spot-checks/2033-02");
        assertThat(county.get("seed").asText()).isEqualTo(String.valueOf(draw.seed()));
        assertThat(county.get("reproduced").asBoolean()).isTrue();
        assertThat(county.get("population").asInt()).isEqualTo(8);
        assertThat(county.get("items")).hasSize(8);
        long sampled = 0;
        for (JsonNode item : county.get("items")) {
            sampled += item.get("sampled").asBoolean() ? 1 : 0;
            assertThat(item.get("idNumber").asText()).doesNotContain("*");
        }
        assertThat(sampled).as("ceil(30% of 4) 特困 in 乔木乡 + ceil(10% of 4) others in 蓉城镇").isEqualTo(3);

        JsonNode township = get("qiaomu-caseworker", "/api/oversight/spot-checks/2033-02");
        assertThat(township.get("items")).hasSize(4).allSatisfy(item -> {
            assertThat(item.get("township").asText()).isEqualTo("乔木乡");
            assertThat(item.get("idNumber").asText()).contains("********");
        });
        assertThat(Http.basic(port, "county-supervisor", "demo").get("/api/oversight/spot-checks/2033-13").statusCode())
                .isEqualTo(400);
        assertThat(Http.basic(port, "county-supervisor", "demo").get("/api/oversight/spot-checks/2034-01").statusCode())
                .isEqualTo(404);
    }

    @Test
    void theCockpitLoadsTheDashboardPlugin() throws Exception {
        HttpResponse<String> config = Http.anonymous(port).get("/camunda/app/cockpit/scripts/config.js");
        assertThat(config.body()).contains("customScripts: ['scripts/discovery-dashboard.js']");
        HttpResponse<String> plugin = Http.anonymous(port).get("/camunda/app/cockpit/scripts/discovery-dashboard.js");
        assertThat(plugin.statusCode()).isEqualTo(200);
        assertThat(plugin.body()).contains("pluginPoint: 'cockpit.dashboard'", "主动发现工作看板", "/api/oversight/dashboard");
    }
}
