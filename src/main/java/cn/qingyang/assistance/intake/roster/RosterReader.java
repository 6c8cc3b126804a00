package cn.qingyang.assistance.intake.roster;

import cn.qingyang.assistance.common.UploadedText;
import org.apache.poi.poifs.filesystem.FileMagic;
import cn.qingyang.assistance.intake.RosterFormat;

import cn.qingyang.assistance.common.Texts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.springframework.http.HttpStatus;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads a roster (花名册) upload into rows: an .xlsx workbook (its first sheet, streamed, so that
 * a large file never becomes a large object tree) or a .csv in UTF-8 or, as Excel and WPS save
 * "CSV(逗号分隔)" on a Chinese Windows, GBK/GB18030. What the file is, is decided by its content,
 * not its name. Up to {@value #MAX_TITLE_ROWS} title rows above the header (one filled cell, often
 * merged across the columns: "凌塘村2026年11月困难群众花名册") are skipped; the first other
 * non-blank row must be the template's header, optionally followed by the household columns
 * 户主姓名 and 与户主关系; blank rows are skipped; row numbers are the spreadsheet's.
 *
 * <p>Refusals (nothing is imported): ROSTER_EMPTY, ROSTER_FORMAT (not a workbook or a UTF-8/GBK CSV,
 * unreadable, encrypted, an old .xls, a suspected zip bomb), ROSTER_HEADER and
 * ROSTER_TOO_MANY_ROWS (413).
 */
public class RosterReader {

    /** The template's columns, in order. */
    public static final List<String> COLUMNS = RosterFormat.COLUMNS;
    /** The optional household columns after them (户主姓名, 与户主关系). */
    public static final List<String> HOUSEHOLD_COLUMNS = RosterFormat.HOUSEHOLD_COLUMNS;

    /** How many title rows (one filled cell each) may stand above the header. */
    static final int MAX_TITLE_ROWS = 3;
    static final String SAVE_AS_UTF8 = "请在 Excel 中选择“另存为”，文件类型选“CSV UTF-8(逗号分隔)(*.csv)”后重新上传，或直接上传 .xlsx 文件。";


    private final int maxRows;

    public RosterReader(int maxRows) {
        this.maxRows = maxRows;
    }

    public RosterFile read(byte[] content, String fileName) {
        if (content == null || content.length == 0) {
            throw RosterException.badFile(RosterException.EMPTY, "未收到文件或文件为空：请选择填好的花名册（.xlsx 或 .csv）后上传。");
        }
        String sha256 = sha256(content);
        Collector rows = new Collector(maxRows);
        String format;
        if (FileMagic.valueOf(content) == FileMagic.OOXML) {
            format = "xlsx";
            readXlsx(content, rows);
        } else if (FileMagic.valueOf(content) == FileMagic.OLE2) {
            throw RosterException.badFile(RosterException.FORMAT, ole2Message(content));
        } else if (claimsWorkbook(fileName)) {
            throw RosterException.badFile(RosterException.FORMAT, "文件名是 Excel 工作簿（" + fileName
                    + "），但内容不是 .xlsx 工作簿（文件可能已损坏，或只是改了扩展名）：请用模板填写后另存为 .xlsx 再上传。");
        } else {
            format = "csv";
            readCsv(content, rows);
        }
        if (!rows.headerSeen) {
            throw RosterException.badFile(RosterException.EMPTY, "文件中没有内容：请使用花名册模板填写后上传。");
        }
        if (rows.rows.isEmpty()) {
            throw RosterException.badFile(RosterException.EMPTY, "花名册只有表头，没有人员数据行：请填写后再上传。");
        }
        return new RosterFile(format, sha256, List.copyOf(rows.rows));
    }

    // ---------------------------------------------------------------- xlsx

    private static void readXlsx(byte[] content, Collector rows) {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw RosterException.badFile(RosterException.FORMAT, "工作簿中没有工作表：请使用花名册模板填写。");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
                        new SheetRows(rows), new DataFormatter(Locale.CHINA), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (Exception e) {
            RosterException refusal = refusalIn(e);
            if (refusal != null) {
                throw refusal;
            }
            throw RosterException.badFile(RosterException.FORMAT, xlsxMessage(e));
        } catch (OutOfMemoryError e) {
            throw RosterException.badFile(RosterException.FORMAT, "文件解压后过大，无法处理：请拆分成多个较小的文件后分别上传。");
        }
    }

    private static String xlsxMessage(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb") || message.contains("zip bomb") || message.contains("ratio")) {
                return "文件解压后的大小异常（疑似“压缩炸弹”），已拒绝处理：请用模板重新填写后上传。";
            }
        }
        return "无法读取该 Excel 文件（文件可能已损坏，或不是 .xlsx 工作簿）：请用 Excel 打开后另存为 .xlsx 再上传。";
    }

    private static String ole2Message(byte[] content) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                return "文件设置了打开密码（已加密），系统无法读取：请在 Excel 中取消密码（文件→信息→保护工作簿→用密码进行加密，清空密码）后重新上传。";
            }
        } catch (Exception | OutOfMemoryError e) {
            // not even a readable OLE2 file: the general message below
        }
        return "这是旧版 Excel（.xls）文件或其他 Office 文件，系统只接受 .xlsx 或 .csv（UTF-8 或 GBK 编码）：请在 Excel 中另存为 .xlsx 后重新上传。";
    }

    /** Cells of one sheet as rows of strings; columns by their reference (gaps stay empty). */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final Collector rows;
        private final List<String> cells = new ArrayList<>();
        private int nextColumn;

        SheetRows(Collector rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            nextColumn = 0;
        }

        @Override
        public void endRow(int rowNum) {
            rows.accept(rowNum + 1, cells);
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? nextColumn : new CellReference(reference).getCol();
            nextColumn = column + 1;
            if (column >= COLUMNS.size() + 20) {
                return;
            }
            while (cells.size() <= column) {
                cells.add(null);
            }
            cells.set(column, value);
        }
    }

    // ---------------------------------------------------------------- csv

    private static void readCsv(byte[] content, Collector rows) {
        String text = UploadedText.decode(content).orElseThrow(() -> RosterException.badFile(RosterException.FORMAT,
                "CSV 文件既不是 UTF-8 编码，也不是 GBK/GB18030 编码（Excel、WPS 在中文 Windows 上保存的“CSV(逗号分隔)”）：" + SAVE_AS_UTF8));
        if (text.indexOf('\u0000') >= 0) {
            throw RosterException.badFile(RosterException.FORMAT,
                    "文件不是 .xlsx 工作簿，也不是文本格式的 .csv：请用花名册模板填写后另存为 .xlsx 或“CSV UTF-8”再上传。");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (CSVRecord record : parser) {
                rows.accept((int) record.getRecordNumber(), record.toList());
            }
        } catch (RosterException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw RosterException.badFile(RosterException.FORMAT,
                    "CSV 文件格式有误（例如引号未成对）：请用 Excel 打开核对后另存为“CSV UTF-8(逗号分隔)”，或直接上传 .xlsx。");
        }
    }

    // ---------------------------------------------------------------- rows

    /** The header check, blank-row skipping and the row limit, for both formats. */
    private static final class Collector {

        private final int maxRows;
        private final List<RosterRow> rows = new ArrayList<>();
        private boolean headerSeen;
        private boolean householdColumns;
        private int titleRows;

        Collector(int maxRows) {
            this.maxRows = maxRows;
        }

        void accept(int rowNumber, List<String> raw) {
            List<String> cells = raw.stream().map(Collector::clean).toList();
            if (cells.stream().allMatch(c -> c == null)) {
                return;
            }
            if (!headerSeen) {
                if (isTitle(cells) && titleRows < MAX_TITLE_ROWS) {
                    titleRows++; // "凌塘村2026年11月困难群众花名册" above the header, as offices make them
                    return;
                }
                checkHeader(rowNumber, cells);
                householdColumns = checkHouseholdHeader(rowNumber, cells);
                headerSeen = true;
                return;
            }
            if (rows.size() >= maxRows) {
                throw new RosterException(HttpStatus.PAYLOAD_TOO_LARGE, RosterException.TOO_MANY_ROWS,
                        "花名册超过 " + maxRows + " 行数据，一次最多导入 " + maxRows + " 行：请拆分成多个文件后分别上传。", "file");
            }
            int household = COLUMNS.size();
            rows.add(new RosterRow(rowNumber, cell(cells, 0), cell(cells, 1), cell(cells, 2), cell(cells, 3),
                    cell(cells, 4), cell(cells, 5), cell(cells, 6), cell(cells, 7),
                    householdColumns ? cell(cells, household) : null, householdColumns ? cell(cells, household + 1) : null));
        }

        /** One filled cell that is not the header's first column: a title (merged cells keep their text in the first). */
        private static boolean isTitle(List<String> cells) {
            List<String> filled = cells.stream().filter(java.util.Objects::nonNull).toList();
            return filled.size() == 1 && !normaliseHeader(filled.get(0)).equals(normaliseHeader(COLUMNS.get(0)));
        }

        private static void checkHeader(int rowNumber, List<String> cells) {
            for (int i = 0; i < COLUMNS.size(); i++) {
                String actual = cell(cells, i);
                if (actual == null || !normaliseHeader(actual).equals(normaliseHeader(COLUMNS.get(i)))) {
                    throw RosterException.badFile(RosterException.HEADER, "表头不正确：第 " + rowNumber + " 行第 "
                            + (i + 1) + " 列应为“" + COLUMNS.get(i) + "”，实际为“" + (actual == null ? "（空）" : Texts.abbreviate(actual, 20))
                            + "”。表头应依次为：" + String.join("、", COLUMNS)
                            + "。请下载模板（/api/rosters/template.xlsx）按模板填写。");
                }
            }
        }

        /**
         * Whether the optional household columns follow the template's (户主姓名, 与户主关系, in that
         * order); one without the other, or in another order, is a header error, since the rows
         * could not be grouped as the office meant.
         */
        private static boolean checkHouseholdHeader(int rowNumber, List<String> cells) {
            int first = COLUMNS.size();
            String head = cell(cells, first);
            String relation = cell(cells, first + 1);
            boolean headNamed = head != null && HOUSEHOLD_COLUMNS.stream().anyMatch(c -> normaliseHeader(c).equals(normaliseHeader(head)));
            boolean relationNamed = relation != null
                    && HOUSEHOLD_COLUMNS.stream().anyMatch(c -> normaliseHeader(c).equals(normaliseHeader(relation)));
            if (!headNamed && !relationNamed) {
                return false;
            }
            for (int i = 0; i < HOUSEHOLD_COLUMNS.size(); i++) {
                String actual = cell(cells, first + i);
                if (actual == null || !normaliseHeader(actual).equals(normaliseHeader(HOUSEHOLD_COLUMNS.get(i)))) {
                    throw RosterException.badFile(RosterException.HEADER, "表头不正确：第 " + rowNumber + " 行第 "
                            + (first + i + 1) + " 列应为“" + HOUSEHOLD_COLUMNS.get(i) + "”，实际为“"
                            + (actual == null ? "（空）" : Texts.abbreviate(actual, 20)) + "”。按户登记时，“"
                            + String.join("”“", HOUSEHOLD_COLUMNS) + "”两列应依次排在“" + COLUMNS.get(COLUMNS.size() - 1)
                            + "”之后；不按户登记可删去这两列。请下载模板（/api/rosters/template.xlsx）对照填写。");
                }
            }
            return true;
        }

        private static String cell(List<String> cells, int index) {
            return index < cells.size() ? cells.get(index) : null;
        }

        private static String clean(String value) {
            if (value == null) {
                return null;
            }
            String stripped = value.replace('\u00A0', ' ').replace("\u200B", "").strip();
            return stripped.isEmpty() ? null : stripped;
        }
    }

    static String normaliseHeader(String header) {
        return header.replace('（', '(').replace('）', ')').replaceAll("\\s+", "").replace("*", "");
    }

    // ---------------------------------------------------------------- helpers

    private static RosterException refusalIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RosterException refusal) {
                return refusal;
            }
        }
        return null;
    }

    private static boolean claimsWorkbook(String fileName) {
        if (fileName == null) {
            return false;
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xls") || name.endsWith(".xlsm");
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
