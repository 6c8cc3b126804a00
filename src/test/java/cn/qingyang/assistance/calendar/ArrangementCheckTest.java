package cn.qingyang.assistance.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Issue 16 §2: a year's arrangement as an administrator types or uploads it, and every mistake named in Chinese. */
class ArrangementCheckTest {

    final StatutoryHolidays statutory = new StatutoryHolidays();
    final ArrangementCheck check = new ArrangementCheck(statutory);

    private List<String> statutory2028() {
        return statutory.dates(2028).stream().map(LocalDate::toString).toList();
    }

    @Test
    void aSoundYearIsAccepted() {
        List<String> off = new ArrayList<>(statutory2028());
        off.add("2028-01-31");
        ArrangementCheck.Outcome outcome = check.check(2028, off, List.of("2028-01-22"));
        assertThat(outcome.problems()).isEmpty();
        // 2028's 中秋 falls on 3 October, inside 国庆: twelve statutory dates, and the bridged 31 January
        assertThat(outcome.arrangement().holidays()).contains(LocalDate.of(2028, 1, 31)).hasSize(13);
        assertThat(outcome.arrangement().workdays()).containsExactly(LocalDate.of(2028, 1, 22));
    }

    @Test
    void datesAreReadAsPeopleWriteThem() {
        assertThat(ArrangementCheck.parseDate("2028/1/26")).isEqualTo(LocalDate.of(2028, 1, 26));
        assertThat(ArrangementCheck.parseDate("2028年1月26日")).isEqualTo(LocalDate.of(2028, 1, 26));
        assertThat(ArrangementCheck.parseDate(" 20280126 ")).isEqualTo(LocalDate.of(2028, 1, 26));
        assertThat(ArrangementCheck.parseDate("2028-02-30")).isNull();
        assertThat(ArrangementCheck.parseDate("春节")).isNull();
    }

    @Test
    void everyMistakeIsNamedInChinese() {
        List<String> off = new ArrayList<>(statutory2028());
        LocalDate eve = statutory.of(2028).stream().filter(h -> h.name().equals("春节")).findFirst().orElseThrow().date();
        off.remove(eve.toString());
        off.add("2028-02-30");
        off.add("2027-12-31");
        ArrangementCheck.Outcome outcome = check.check(2028, off, List.of("2028-02-08", "2028-01-01", "2029-01-06"));
        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.arrangement()).isNull();
        assertThat(outcome.problems()).contains(
                "放假日“2028-02-30”不是有效的日期：请写成 2028-01-01 的格式",
                "放假日 2027-12-31 不属于 2028 年：只能填 2028 年内的日期",
                "2028-01-01 同时列为放假日和调休上班日：一天只能是其中一种，请核对",
                "调休上班日 2029-01-06 不属于 2028 年：只能填 2028 年内的日期",
                eve + "（春节）未列为放假日：法定节假日必须放假");
        assertThat(outcome.problems()).anyMatch(p -> p.startsWith("调休上班日 2028-02-08 不是周六或周日"));
    }

    @Test
    void anEmptyYearListsEveryStatutoryDay() {
        // thirteen statutory days, one sentence each (2028-10-03 is both 中秋节 and 国庆节)
        ArrangementCheck.Outcome outcome = check.check(2028, List.of(), List.of());
        assertThat(outcome.problems()).hasSize(13).allMatch(p -> p.endsWith("未列为放假日：法定节假日必须放假"));
    }

    @Test
    void yearsBeforeThePresentRulesOrBeyondTheCalendarAreRefused() {
        assertThat(check.check(2024, statutory2028(), List.of()).problems()).singleElement().asString()
                .contains("只能录入 2025 至 2099 年");
        assertThat(check.check(2100, List.of(), List.of()).problems()).singleElement().asString().contains("2100");
    }

    @Test
    void aWholeMonthOffIsASlipOfTheHand() {
        List<String> off = new ArrayList<>(statutory2028());
        for (LocalDate d = LocalDate.of(2028, 7, 1); d.isBefore(LocalDate.of(2028, 9, 1)); d = d.plusDays(1)) {
            off.add(d.toString());
        }
        assertThat(check.check(2028, off, List.of()).problems()).anyMatch(p -> p.contains("多于 60 天"));
    }

    @Test
    void theNoticesTextIsPlainAndShort() {
        assertThat(ArrangementCheck.sourceProblems("国办发明电〔2027〕7号")).isEmpty();
        assertThat(ArrangementCheck.sourceProblems("<script>")).singleElement().asString().contains("标记符号");
        assertThat(ArrangementCheck.sourceProblems("字".repeat(201))).singleElement().asString().contains("200");
    }

    // ------------------------------------------------------------------ files

    @Test
    void theTemplateFilledInIsAccepted() {
        String filled = new String(ArrangementFile.template(2028, statutory), StandardCharsets.UTF_8)
                + "2028-01-31,放假,春节\r\n2028-01-22,上班,春节调休\r\n";
        ArrangementFile.Read read = ArrangementFile.read(filled.getBytes(StandardCharsets.UTF_8));
        assertThat(read.problems()).isEmpty();
        ArrangementCheck.Outcome outcome = check.check(2028, read.holidays(), read.workdays(), read.problems());
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.arrangement().holidays()).hasSize(13);
        assertThat(outcome.arrangement().workdays()).containsExactly(LocalDate.of(2028, 1, 22));
    }

    @Test
    void aGbkCsvFromExcelWithTitleRowsIsRead() {
        String csv = "2028年节假日安排\r\n国办发明电〔2027〕7号\r\n\r\n日期,安排,说明\r\n2028/1/1,放假,元旦\r\n2028年1月22日,上班,\r\n";
        ArrangementFile.Read read = ArrangementFile.read(csv.getBytes(Charset.forName("GBK")));
        assertThat(read.problems()).isEmpty();
        assertThat(read.holidays()).containsExactly(LocalDate.of(2028, 1, 1));
        assertThat(read.workdays()).containsExactly(LocalDate.of(2028, 1, 22));
    }

    @Test
    void wrongRowsAreNamedByTheirNumber() {
        String csv = "日期,安排\n2028-01-01,放假\n2028-13-01,放假\n2028-01-02,补休\n,放假\n";
        ArrangementFile.Read read = ArrangementFile.read(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(read.problems()).containsExactly(
                "第 3 行：日期“2028-13-01”不是有效的日期，请写成 2028-01-01 的格式",
                "第 4 行：安排“补休”不对：请填写“放假”或“上班”",
                "第 5 行：日期是空的，请填写");
        assertThat(read.holidays()).containsExactly(LocalDate.of(2028, 1, 1));
    }

    @Test
    void aFileWithoutTheHeaderOrNotAFileAtAllIsRefused() {
        assertThat(ArrangementFile.read("2028-01-01,放假\n".getBytes(StandardCharsets.UTF_8)).problems())
                .singleElement().asString().contains("没有找到表头“日期,安排”");
        assertThat(ArrangementFile.read(new byte[0]).problems()).singleElement().asString().contains("空的");
        // an old .xls starts with the OLE2 signature's eight bytes
        assertThat(ArrangementFile.read(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
                0x1A, (byte) 0xE1, 0, 0}).problems())
                .singleElement().asString().contains("旧版 Excel（.xls）");
        assertThat(ArrangementFile.read(new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3}).problems())
                .singleElement().asString().contains("无法读取这个 .xlsx 文件");
    }

    @Test
    void anXlsxWithDateCellsIsRead() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet("2028");
            sheet.createRow(0).createCell(0).setCellValue("2028 年节假日安排");
            XSSFRow header = sheet.createRow(1);
            header.createCell(0).setCellValue("日期");
            header.createCell(1).setCellValue("安排");
            XSSFCellStyle dateStyle = book.createCellStyle();
            dateStyle.setDataFormat(book.createDataFormat().getFormat("yyyy/m/d"));
            XSSFRow first = sheet.createRow(2);
            first.createCell(0).setCellValue(LocalDate.of(2028, 1, 1));
            first.getCell(0).setCellStyle(dateStyle);
            first.createCell(1).setCellValue("放假");
            XSSFRow second = sheet.createRow(3);
            second.createCell(0).setCellValue("2028-01-22");
            second.createCell(1).setCellValue("上班");
            book.write(out);
            xlsx = out.toByteArray();
        }
        ArrangementFile.Read read = ArrangementFile.read(xlsx);
        assertThat(read.problems()).isEmpty();
        assertThat(read.holidays()).containsExactly(LocalDate.of(2028, 1, 1));
        assertThat(read.workdays()).containsExactly(LocalDate.of(2028, 1, 22));
    }
}
