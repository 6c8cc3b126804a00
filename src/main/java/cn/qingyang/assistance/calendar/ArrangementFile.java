package cn.qingyang.assistance.calendar;

import cn.qingyang.assistance.common.UploadedText;
import org.apache.poi.poifs.filesystem.FileMagic;
import cn.qingyang.assistance.common.Texts;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A year's arrangement as a file: a CSV (UTF-8, or GBK/GB18030 as Excel and WPS save it on a
 * Chinese Windows) or an .xlsx, with optional title rows, then the header 日期,安排[,说明] and one
 * row per day, 安排 being 放假 or 上班. Every mistake is named with its row number.
 */
public final class ArrangementFile {

    public static final int MAX_BYTES = 1024 * 1024;
    static final int MAX_ROWS = 400;
    static final String TEMPLATE_HINT = "请下载模板（节假日安排页面的“下载模板”）对照填写";


    /** What the file says: the days off and worked, and every problem found reading it (row-numbered). */
    public record Read(List<LocalDate> holidays, List<LocalDate> workdays, List<String> problems) {
    }

    private ArrangementFile() {
    }

    public static Read read(byte[] content) {
        List<String> problems = new ArrayList<>();
        if (content == null || content.length == 0) {
            return new Read(List.of(), List.of(), List.of("上传的文件是空的：请选择填好的节假日安排文件"));
        }
        if (content.length > MAX_BYTES) {
            return new Read(List.of(), List.of(), List.of("文件大于 1 MB，不像是一年的节假日安排：" + TEMPLATE_HINT));
        }
        List<List<Object>> rows;
        if (FileMagic.valueOf(content) == FileMagic.OOXML) {
            rows = xlsx(content, problems);
        } else if (FileMagic.valueOf(content) == FileMagic.OLE2) {
            return new Read(List.of(), List.of(), List.of("这是旧版 Excel（.xls）文件：请在 Excel 中另存为 .xlsx 或“CSV UTF-8”后重新上传"));
        } else {
            rows = csv(content, problems);
        }
        if (rows == null) {
            return new Read(List.of(), List.of(), problems);
        }
        return rows(rows, problems);
    }

    private static Read rows(List<List<Object>> rows, List<String> problems) {
        List<LocalDate> holidays = new ArrayList<>();
        List<LocalDate> workdays = new ArrayList<>();
        int header = -1;
        for (int i = 0; i < rows.size() && header < 0; i++) {
            List<Object> cells = rows.get(i);
            if (cells.size() >= 2 && "日期".equals(clean(cells.get(0))) && "安排".equals(clean(cells.get(1)))) {
                header = i;
            }
        }
        if (header < 0) {
            problems.add("文件中没有找到表头“日期,安排”（第一列日期、第二列安排）：" + TEMPLATE_HINT);
            return new Read(holidays, workdays, problems);
        }
        int data = 0;
        for (int i = header + 1; i < rows.size(); i++) {
            List<Object> cells = rows.get(i);
            Object dateCell = cells.isEmpty() ? null : cells.get(0);
            String kind = cells.size() < 2 ? "" : clean(cells.get(1));
            if (clean(dateCell).isEmpty() && kind.isEmpty()) {
                continue;
            }
            String where = "第 " + (i + 1) + " 行：";
            if (++data > MAX_ROWS) {
                problems.add(where + "超过 " + MAX_ROWS + " 行，一年的节假日安排不会有这么多天：" + TEMPLATE_HINT);
                break;
            }
            LocalDate date = dateCell instanceof LocalDate d ? d : ArrangementCheck.parseDate(clean(dateCell));
            if (date == null) {
                problems.add(where + (clean(dateCell).isEmpty() ? "日期是空的，请填写" : "日期“" + Texts.abbreviate(clean(dateCell))
                        + "”不是有效的日期，请写成 2028-01-01 的格式"));
                continue;
            }
            switch (kind) {
                case "放假", "休", "休息" -> holidays.add(date);
                case "上班", "班", "调休上班" -> workdays.add(date);
                default -> problems.add(where + (kind.isEmpty() ? date + " 的安排是空的" : "安排“" + Texts.abbreviate(kind) + "”不对")
                        + "：请填写“放假”或“上班”");
            }
        }
        return new Read(holidays, workdays, problems);
    }

    private static String clean(Object cell) {
        if (cell == null) {
            return "";
        }
        return cell.toString().replace("\uFEFF", "").replace('\u3000', ' ').strip();
    }

    private static List<List<Object>> csv(byte[] content, List<String> problems) {
        String text = UploadedText.decode(content).orElse(null);
        if (text == null || text.indexOf('\u0000') >= 0) {
            problems.add("文件不是 .xlsx，也不是 UTF-8 或 GBK 编码的 .csv：请用模板填写，另存为“CSV UTF-8(逗号分隔)”或 .xlsx 后重新上传");
            return null;
        }
        List<List<Object>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get())) {
            for (CSVRecord record : parser) {
                rows.add(new ArrayList<>(record.toList()));
            }
        } catch (IOException | RuntimeException e) {
            problems.add("CSV 文件格式有误（例如引号未成对）：请用 Excel 打开核对后另存为“CSV UTF-8(逗号分隔)”，或上传 .xlsx");
            return null;
        }
        return rows;
    }

    private static List<List<Object>> xlsx(byte[] content, List<String> problems) {
        List<List<Object>> rows = new ArrayList<>();
        DataFormatter format = new DataFormatter(java.util.Locale.CHINA);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = book.getSheetAt(0);
            for (int r = 0; r <= Math.min(sheet.getLastRowNum(), MAX_ROWS + 20); r++) {
                Row row = sheet.getRow(r);
                List<Object> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.min(Math.max(row.getLastCellNum(), 0), 3); c++) {
                        Cell cell = row.getCell(c);
                        if (cell == null) {
                            cells.add(null);
                        } else if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                            cells.add(cell.getLocalDateTimeCellValue().toLocalDate());
                        } else {
                            cells.add(format.formatCellValue(cell));
                        }
                    }
                }
                rows.add(cells);
            }
        } catch (IOException | RuntimeException e) {
            problems.add("无法读取这个 .xlsx 文件（可能已损坏或有密码）：请用 Excel 打开后重新保存，或另存为“CSV UTF-8”后上传");
            return null;
        }
        return rows;
    }

    /** The template: a title row, the header, and the statutory days off of the year (add the bridged days and 上班 days). */
    public static byte[] template(int year, StatutoryHolidays statutory) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(year).append(" 年节假日安排（按国务院办公厅通知填写：每个放假日一行，调休上班的周末一行；以下为法定节假日，请补全）\r\n");
        csv.append("日期,安排,说明\r\n");
        for (StatutoryHolidays.Holiday day : statutory.of(year)) {
            csv.append(day.date()).append(",放假,").append(day.name()).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
