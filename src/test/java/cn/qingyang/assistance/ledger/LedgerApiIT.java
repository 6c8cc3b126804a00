package cn.qingyang.assistance.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingyang.assistance.Http;
import cn.qingyang.assistance.IntegrationTest;
import cn.qingyang.assistance.TestIdNumbers;
import cn.qingyang.assistance.discovery.CaseRepository;
import cn.qingyang.assistance.intake.RegistrationService;
import cn.qingyang.assistance.intake.ReportRequest;
import cn.qingyang.assistance.security.CallerScope;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The classified ledgers: what each role may see, the filters, and the xlsx exports. */
@IntegrationTest
class LedgerApiIT {

    @LocalServerPort
    int port;
    @Autowired
    RegistrationService registration;
    @Autowired
    CaseRepository cases;
    @Autowired
    LedgerService ledger;

    /** Distinct persons for each test of this class (the application, and its data, are shared). */
    static final AtomicInteger SERIAL = new AtomicInteger(100);

    final ObjectMapper json = new ObjectMapper();
    /** A marker in this test's entries' measures, so that other tests' entries do not count. */
    String marker;
    String qiaomuId;
    String rongchengId;

    @BeforeEach
    void enterThreePeople() {
        marker = "LEDGER-" + UUID.randomUUID();
        int serial = SERIAL.incrementAndGet();
        qiaomuId = TestIdNumbers.withCheckDigit("3417231938" + "0101" + serial);
        String urgentId = TestIdNumbers.withCheckDigit("3417231938" + "0202" + serial);
        rongchengId = TestIdNumbers.withCheckDigit("3417231938" + "0303" + serial);
        enter(qiaomuId, "341723200", "341723200201", "SPECIAL", false, "01,03");
        enter(urgentId, "341723200", "341723200202", "TEMPORARY", true, "02");
        enter(rongchengId, "341723100", "341723100201", "GENERAL", false, "04");
    }

    private void enter(String idNumber, String township, String village, String category, boolean urgent, String causes) {
        var report = new ReportRequest("village_sweep", township, village, null,
                new ReportRequest.PersonData("台账测试", idNumber, null), "台账测试", urgent, false, null);
        String caseNumber = registration.register(report, new CallerScope("admin", List.of("camunda-admin"))).caseNumber();
        long caseId = cases.findCase(caseNumber).orElseThrow().id();
        if (urgent) {
            ledger.enterUrgent(caseId, marker + " 先行救助：现金 2000 元");
        }
        ledger.enterClassified(caseId, category, urgent, causes, marker + " 救助路径：申请低保", LocalDate.now().plusMonths(1),
                LedgerService.ACTIVE);
    }

    private List<JsonNode> mine(String user, String query) throws Exception {
        HttpResponse<String> response = Http.basic(port, user, "demo").get("/api/ledger?size=200" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        json.readTree(response.body()).get("items").forEach(item -> {
            if (item.get("measures").asText().contains(marker)) {
                items.add(item);
            }
        });
        return items;
    }

    @Test
    void eachRoleSeesItsOwnPartOfTheLedger() throws Exception {
        assertThat(mine("county-supervisor", "")).hasSize(3);
        assertThat(mine("qiaomu-caseworker", "")).extracting(i -> i.get("townshipCode").asText()).containsOnly("341723200").hasSize(2);
        assertThat(mine("rongcheng-caseworker", "")).extracting(i -> i.get("township").asText()).containsExactly("蓉城镇");
        assertThat(mine("lingtang-collector", "")).extracting(i -> i.get("villageCode").asText()).containsExactly("341723200201");
        // need-to-know (issue 12): a department reads the cases referred to it, never the ledger
        HttpResponse<String> department = Http.basic(port, "medical-liaison", "demo").get("/api/ledger?size=200");
        assertThat(department.statusCode()).as(department.body()).isEqualTo(403);
        assertThat(json.readTree(department.body()).get("error").get("message").asText()).contains("部门联络员只能查看转介给本部门的案件");
    }

    @Test
    void filtersNarrowTheListAndIdNumbersAreMaskedBelowTheCounty() throws Exception {
        assertThat(mine("county-supervisor", "&category=SPECIAL")).singleElement()
                .satisfies(i -> assertThat(i.get("causes").asText()).isEqualTo("因病、因残"))
                .satisfies(i -> assertThat(i.get("idNumber").asText()).isEqualTo(qiaomuId));
        assertThat(mine("county-supervisor", "&urgent=true")).singleElement()
                .satisfies(i -> assertThat(i.get("categoryLabel").asText()).isEqualTo("临时困难"));
        assertThat(mine("county-supervisor", "&category=URGENT")).singleElement()
                .satisfies(i -> assertThat(i.get("measures").asText()).contains("先行救助"));
        assertThat(mine("county-supervisor", "&township=341723100")).hasSize(1);
        assertThat(mine("qiaomu-caseworker", "&category=SPECIAL")).singleElement()
                .satisfies(i -> assertThat(i.get("idNumber").asText()).isEqualTo("341723********" + qiaomuId.substring(14)));
    }

    @Test
    void badFiltersAreRefusedInChinese() throws Exception {
        Http county = Http.basic(port, "county-supervisor", "demo");
        for (String query : new String[] {"category=POOR", "status=OPEN", "size=1000", "page=-1", "urgent=maybe", "page=abc"}) {
            HttpResponse<String> response = county.get("/api/ledger?" + query);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(json.readTree(response.body()).get("error").get("message").asText()).as(query).containsPattern("\\p{IsHan}");
        }
        assertThat(county.get("/api/ledger/export.xlsx").statusCode()).as("category is required").isEqualTo(400);
        assertThat(Http.anonymous(port).get("/api/ledger").statusCode()).isEqualTo(401);
    }

    @Test
    void everyLedgerExportsAsAnXlsxSheetWithChineseHeaders() throws Exception {
        for (String[] ledgerSheet : new String[][] {{"SPECIAL", "特殊困难台账"}, {"GENERAL", "一般困难台账"},
                {"TEMPORARY", "临时困难台账"}, {"URGENT", "急难对象台账"}}) {
            Http county = Http.basic(port, "county-supervisor", "demo");
            var response = county.send(county.request("/api/ledger/export.xlsx?category=" + ledgerSheet[0]).GET(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
                Sheet sheet = book.getSheetAt(0);
                assertThat(sheet.getSheetName()).isEqualTo(ledgerSheet[1]);
                List<String> header = new ArrayList<>();
                sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
                assertThat(header).containsExactlyElementsOf(LedgerController.COLUMNS);
                int measures = header.indexOf("帮扶措施");
                int registration = header.indexOf("户籍");
                boolean found = false;
                for (Row row : sheet) {
                    if (row.getCell(measures) != null && row.getCell(measures).getStringCellValue().contains(marker)) {
                        found = true;
                        assertThat(row.getCell(registration).getStringCellValue()).as("户籍 of the entry").isEqualTo("本地户籍");
                    }
                }
                assertThat(found).as(ledgerSheet[1] + " holds this test's entry").isTrue();
            }
        }
        Http township = Http.basic(port, "qiaomu-caseworker", "demo");
        var masked = township.send(township.request("/api/ledger/export.xlsx?category=SPECIAL").GET(),
                HttpResponse.BodyHandlers.ofByteArray());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(masked.body()))) {
            for (Row row : book.getSheetAt(0)) {
                if (row.getRowNum() > 0) {
                    assertThat(row.getCell(3).getStringCellValue()).contains("********");
                }
            }
        }
    }
}
