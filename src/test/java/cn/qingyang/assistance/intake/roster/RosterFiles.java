package cn.qingyang.assistance.intake.roster;

import cn.qingyang.assistance.TestIdNumbers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Rosters for tests: xlsx built with POI, UTF-8 (or GBK) CSV, and unique valid ID numbers. */
final class RosterFiles {

    static final List<String> HEADER = RosterReader.COLUMNS;

    /**
     * Birth dates from a random day of a 30-year window, one day further per number, sequence
     * 8xx: no two numbers of one JVM are equal, and other tests' numbers (sequences 0xx-1xx) differ.
     */
    private static final int WINDOW = 30 * 365;
    private static final int START = ThreadLocalRandom.current().nextInt(WINDOW);
    private static final int SEQUENCE = 800 + ThreadLocalRandom.current().nextInt(100);
    private static final AtomicInteger NEXT = new AtomicInteger();

    private RosterFiles() {
    }

    /** A new valid ID number of the county (341723). */
    static String newIdNumber() {
        int n = NEXT.getAndIncrement();
        LocalDate birth = LocalDate.of(1961, 1, 1).plusDays((START + n) % WINDOW);
        int sequence = SEQUENCE + (n / WINDOW) * 100;
        return idNumber("341723" + birth.toString().replace("-", "") + sequence);
    }

    static String idNumber(String body) {
        return TestIdNumbers.withCheckDigit(body);
    }

    /** The same number with a wrong check character. */
    static String wrongCheckDigit(String valid) {
        return valid.substring(0, 17) + (valid.charAt(17) == '1' ? '2' : '1');
    }

    /** A data row: 序号, 姓名, 身份证号, 联系电话, 乡镇, 村(社区), 困难情况, 是否急难. */
    static List<String> row(int n, String name, String idNumber, String township, String village, String urgent) {
        List<String> row = new ArrayList<>();
        row.add(String.valueOf(n));
        row.add(name);
        row.add(idNumber);
        row.add("13955661234");
        row.add(township);
        row.add(village);
        row.add("花名册摸排：家庭困难，需要上门了解情况");
        row.add(urgent);
        return row;
    }

    /** The template's header with the household columns 户主姓名, 与户主关系. */
    static final List<String> HOUSEHOLD_HEADER = java.util.stream.Stream.concat(RosterReader.COLUMNS.stream(),
            RosterReader.HOUSEHOLD_COLUMNS.stream()).toList();

    /** A data row of a household: {@link #row} and 户主姓名, 与户主关系. */
    static List<String> member(int n, String name, String idNumber, String township, String village, String headName,
                               String relation) {
        List<String> row = row(n, name, idNumber, township, village, null);
        row.add(headName);
        row.add(relation);
        return row;
    }

    static byte[] xlsx(List<String> header, List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("花名册");
            write(sheet.createRow(0), header);
            for (int i = 0; i < rows.size(); i++) {
                write(sheet.createRow(i + 1), rows.get(i));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i) != null) {
                row.createCell(i).setCellValue(cells.get(i));
            }
        }
    }

    static byte[] csv(List<String> header, List<List<String>> rows) {
        return csvText(header, rows).getBytes(StandardCharsets.UTF_8);
    }

    static String csvText(List<String> header, List<List<String>> rows) {
        StringBuilder csv = new StringBuilder(String.join(",", header)).append("\r\n");
        for (List<String> row : rows) {
            csv.append(String.join(",", row.stream().map(c -> c == null ? "" : c).toList())).append("\r\n");
        }
        return csv.toString();
    }
}
