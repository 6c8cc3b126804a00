package cn.qingyang.assistance.sweep;

import cn.qingyang.assistance.TestIdNumbers;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qingyang.assistance.Http;
import cn.qingyang.assistance.IntegrationTest;
import cn.qingyang.assistance.traceability.Proves;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The month's roster of a township downloads as an xlsx in the template's columns. */
@IntegrationTest
class SweepRosterIT {

    static final String[] HEADER = {"序号", "姓名", "身份证号", "联系电话", "乡镇", "村(社区)", "困难情况", "是否急难"};

    @LocalServerPort
    int port;

    static String idNumber(String body) {
        return TestIdNumbers.withCheckDigit(body);
    }

    private List<List<String>> download(String user) throws Exception {
        String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
        var response = Http.basic(port, user, "demo").send(Http.basic(port, user, "demo")
                .request("/api/sweeps/341723200/" + month + "/roster.xlsx").GET(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("spreadsheetml"));
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                        ? String.valueOf((long) cell.getNumericCellValue()) : cell.getStringCellValue()));
                rows.add(cells);
            }
        }
        return rows;
    }

    @Proves("N1")
    @Test
    void theTownshipDownloadsItsMonthsRosterWithMaskedIdNumbersAndTheCountyWithFullOnes() throws Exception {
        String idNumber = idNumber("34172319270315151");
        String report = "{\"channel\":\"village_sweep\",\"person\":{\"name\":\"石来福\",\"idNumber\":\"" + idNumber
                + "\",\"phone\":\"13866554433\"},\"description\":\"花名册测试：独居，无子女\",\"urgent\":true}";
        assertThat(Http.basic(port, "lingtang-collector", "demo").postJson("/api/reports", report).statusCode()).isIn(200, 201);

        List<List<String>> township = download("qiaomu-caseworker");
        assertThat(township.get(0)).containsExactly(HEADER);
        List<String> row = township.stream().filter(r -> r.contains("石来福")).findFirst().orElseThrow();
        assertThat(row).contains("341723********" + idNumber.substring(14), "13866554433", "乔木乡", "凌塘村", "花名册测试：独居，无子女", "是");

        List<List<String>> county = download("county-supervisor");
        assertThat(county.stream().filter(r -> r.contains("石来福")).findFirst().orElseThrow()).contains(idNumber);
    }

    @Test
    void anotherTownshipOrAnonymousCallerGetsNoRoster() {
        String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
        String path = "/api/sweeps/341723200/" + month + "/roster.xlsx";
        assertThat(Http.basic(port, "rongcheng-caseworker", "demo").get(path).statusCode()).isEqualTo(404);
        assertThat(Http.basic(port, "lingtang-collector", "demo").get(path).statusCode()).isEqualTo(404);
        assertThat(Http.anonymous(port).get(path).statusCode()).isEqualTo(401);
        assertThat(Http.basic(port, "qiaomu-caseworker", "demo").get("/api/sweeps/341723200/2026-13/roster.xlsx").statusCode())
                .isEqualTo(404);
    }
}
