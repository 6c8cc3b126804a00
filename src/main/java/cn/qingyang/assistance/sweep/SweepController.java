package cn.qingyang.assistance.sweep;

import cn.qingyang.assistance.discovery.CaseNotFoundException;
import cn.qingyang.assistance.person.ResidentIdNumber;
import cn.qingyang.assistance.security.CallerScope;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The month's roster (花名册) of a township as an xlsx, in the template's columns. */
@RestController
@RequestMapping("/api/sweeps")
public class SweepController {

    static final String[] COLUMNS = {"序号", "姓名", "身份证号", "联系电话", "乡镇", "村(社区)", "困难情况", "是否急难"};
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final SweepRepository sweeps;
    private final IdentityService identity;
    private final Clock clock;

    public SweepController(SweepRepository sweeps, IdentityService identity, Clock clock) {
        this.sweeps = sweeps;
        this.identity = identity;
        this.clock = clock;
    }

    static String rosterPath(String townshipCode, String month) {
        return "/api/sweeps/" + townshipCode + "/" + month + "/roster.xlsx";
    }

    @GetMapping("/{townshipCode}/{month}/roster.xlsx")
    public ResponseEntity<byte[]> roster(@PathVariable String townshipCode, @PathVariable String month) throws IOException {
        CallerScope caller = CallerScope.current(identity);
        if (!caller.actsForTownship(townshipCode)) {
            throw new CaseNotFoundException(townshipCode + " " + month + " 花名册");
        }
        try {
            YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new CaseNotFoundException(townshipCode + " " + month + " 花名册");
        }
        List<SweepRepository.RosterRow> rows = sweeps.roster(townshipCode, month, clock.getZone());
        // full ID numbers for the county; masked for the township, which does not need them here
        boolean full = caller.countyWide();
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(month + " 花名册");
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.length; c++) {
                header.createCell(c).setCellValue(COLUMNS[c]);
            }
            int n = 1;
            for (SweepRepository.RosterRow r : rows) {
                Row row = sheet.createRow(n);
                row.createCell(0).setCellValue(n++);
                row.createCell(1).setCellValue(r.name());
                row.createCell(2).setCellValue(full ? r.idNumber() : ResidentIdNumber.parse(r.idNumber()).masked());
                row.createCell(3).setCellValue(r.phone() == null ? "" : r.phone());
                row.createCell(4).setCellValue(r.township());
                row.createCell(5).setCellValue(r.village() == null ? "" : r.village());
                row.createCell(6).setCellValue(r.description() == null ? "" : r.description());
                row.createCell(7).setCellValue(r.urgent() ? "是" : "否");
            }
            for (int c = 0; c < COLUMNS.length; c++) {
                sheet.setColumnWidth(c, c == 6 ? 40 * 256 : 16 * 256);
            }
            book.write(out);
            return ResponseEntity.ok().contentType(XLSX)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename(townshipCode + "-" + month + "-花名册.xlsx", StandardCharsets.UTF_8).build().toString())
                    .body(out.toByteArray());
        }
    }
}
