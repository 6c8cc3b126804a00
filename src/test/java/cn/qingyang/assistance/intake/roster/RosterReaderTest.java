package cn.qingyang.assistance.intake.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** Reading rosters: both formats, row numbers, and every refusal of a file as a whole. */
class RosterReaderTest {

    private final RosterReader reader = new RosterReader(20_000);

    private static List<List<String>> twoRows() {
        return List.of(
                RosterFiles.row(1, "周桂英", "341723194601050119", "乔木乡", "凌塘村", "是"),
                RosterFiles.row(2, "吴德胜", "34172319470214021x", "341723200", "341723200201", null));
    }

    @Test
    void readsAnXlsxWithSpreadsheetRowNumbers() {
        RosterFile file = reader.read(RosterFiles.xlsx(RosterFiles.HEADER, twoRows()), "花名册.xlsx");

        assertThat(file.format()).isEqualTo("xlsx");
        assertThat(file.sha256()).hasSize(64);
        assertThat(file.shortHash()).hasSize(16);
        assertThat(file.rows()).hasSize(2);
        RosterRow first = file.rows().get(0);
        assertThat(first.row()).isEqualTo(2);
        assertThat(first.name()).isEqualTo("周桂英");
        assertThat(first.idNumber()).isEqualTo("341723194601050119");
        assertThat(first.township()).isEqualTo("乔木乡");
        assertThat(first.village()).isEqualTo("凌塘村");
        assertThat(first.urgent()).isEqualTo("是");
        assertThat(file.rows().get(1).row()).isEqualTo(3);
        assertThat(file.rows().get(1).urgent()).isNull();
    }

    @Test
    void readsAUtf8CsvWithBomSkippingBlankLinesButCountingThem() {
        String text = "\uFEFF" + RosterFiles.csvText(RosterFiles.HEADER, twoRows()).replaceFirst("\r\n", "\r\n\r\n,,,,,,,\r\n");
        RosterFile file = reader.read(text.getBytes(StandardCharsets.UTF_8), "roster.csv");

        assertThat(file.format()).isEqualTo("csv");
        assertThat(file.rows()).extracting(RosterRow::row).containsExactly(4, 5);
        assertThat(file.rows().get(0).name()).isEqualTo("周桂英");
        assertThat(file.rows().get(0).description()).isEqualTo("花名册摸排：家庭困难，需要上门了解情况");
    }

    @Test
    void theFormatIsDecidedByContentNotName() {
        byte[] workbook = RosterFiles.xlsx(RosterFiles.HEADER, twoRows());
        assertThat(reader.read(workbook, "roster.csv").format()).isEqualTo("xlsx");
        assertThat(reader.read(RosterFiles.csv(RosterFiles.HEADER, twoRows()), "upload").format()).isEqualTo("csv");
    }

    @Test
    void acceptsFullWidthParenthesesInTheHeader() {
        List<String> header = new ArrayList<>(RosterFiles.HEADER);
        header.set(5, "村（社区）");
        assertThat(reader.read(RosterFiles.csv(header, twoRows()), "a.csv").rows()).hasSize(2);
    }

    @Test
    void refusesAWrongHeaderNamingTheExpectedColumns() {
        List<String> header = new ArrayList<>(RosterFiles.HEADER);
        header.set(2, "身份证");
        assertRefused(RosterFiles.xlsx(header, twoRows()), "a.xlsx", HttpStatus.BAD_REQUEST, RosterException.HEADER)
                .hasMessageContaining("第 3 列应为“身份证号”").hasMessageContaining(String.join("、", RosterFiles.HEADER));
    }

    @Test
    void refusesEmptyFilesAndHeaderOnlyFiles() {
        assertRefused(new byte[0], "a.xlsx", HttpStatus.BAD_REQUEST, RosterException.EMPTY);
        assertRefused(null, null, HttpStatus.BAD_REQUEST, RosterException.EMPTY);
        assertRefused(RosterFiles.csv(RosterFiles.HEADER, List.of()), "a.csv", HttpStatus.BAD_REQUEST, RosterException.EMPTY)
                .hasMessageContaining("没有人员数据行");
        assertRefused(RosterFiles.xlsx(RosterFiles.HEADER, List.of()), "a.xlsx", HttpStatus.BAD_REQUEST, RosterException.EMPTY);
    }

    @Test
    void refusesATextFileRenamedXlsx() {
        assertRefused("这不是表格\n只是一段文字".getBytes(StandardCharsets.UTF_8), "花名册.xlsx", HttpStatus.BAD_REQUEST,
                RosterException.FORMAT).hasMessageContaining("内容不是 .xlsx 工作簿");
    }

    @Test
    void readsACsvSavedByExcelOrWpsOnAChineseWindowsWithNamesIntact() {
        for (String charset : List.of("GBK", "GB18030")) {
            byte[] saved = RosterFiles.csvText(RosterFiles.HEADER, twoRows()).getBytes(Charset.forName(charset));
            RosterFile file = reader.read(saved, "花名册.csv");
            assertThat(file.format()).isEqualTo("csv");
            assertThat(file.rows()).extracting(RosterRow::name).as(charset).containsExactly("周桂英", "吴德胜");
            assertThat(file.rows().get(0).village()).isEqualTo("凌塘村");
            assertThat(file.rows().get(0).description()).isEqualTo("花名册摸排：家庭困难，需要上门了解情况");
        }
    }

    @Test
    void refusesACsvInNeitherUtf8NorGbkInChinese() {
        byte[] neither = {'a', ',', (byte) 0xFF, (byte) 0xFF, '\r', '\n'};
        assertRefused(neither, "花名册.csv", HttpStatus.BAD_REQUEST, RosterException.FORMAT)
                .hasMessageContaining("既不是 UTF-8 编码，也不是 GBK/GB18030 编码").hasMessageContaining("CSV UTF-8");
    }

    @Test
    void skipsTheTitleRowsOfficesPutAboveTheHeader() {
        List<String> title = new ArrayList<>(java.util.Collections.nCopies(RosterFiles.HEADER.size(), (String) null));
        title.set(0, "凌塘村2026年11月困难群众花名册");
        List<List<String>> rows = new ArrayList<>();
        rows.add(RosterFiles.HEADER);
        rows.addAll(twoRows());
        RosterFile xlsx = reader.read(RosterFiles.xlsx(title, rows), "花名册.xlsx");
        assertThat(xlsx.rows()).extracting(RosterRow::row).containsExactly(3, 4);
        assertThat(xlsx.rows()).extracting(RosterRow::name).containsExactly("周桂英", "吴德胜");

        String csv = "乔木乡凌塘村困难群众花名册,,,,,,,\r\n（2026年11月 村委会填报）\r\n"
                + RosterFiles.csvText(RosterFiles.HEADER, twoRows());
        assertThat(reader.read(csv.getBytes(StandardCharsets.UTF_8), "a.csv").rows()).extracting(RosterRow::row)
                .containsExactly(4, 5);
    }

    @Test
    void readsTheOptionalHouseholdColumnsAndRostersWithoutThem() {
        List<List<String>> rows = List.of(
                RosterFiles.member(1, "周桂英", "341723194601050119", "乔木乡", "凌塘村", "周桂英", "户主"),
                RosterFiles.member(2, "吴德胜", "34172319470214021x", "乔木乡", "凌塘村", "周桂英", "配偶"));
        for (byte[] content : List.of(RosterFiles.xlsx(RosterFiles.HOUSEHOLD_HEADER, rows),
                RosterFiles.csv(RosterFiles.HOUSEHOLD_HEADER, rows))) {
            RosterFile file = reader.read(content, "花名册");
            assertThat(file.rows()).extracting(RosterRow::headName).containsExactly("周桂英", "周桂英");
            assertThat(file.rows()).extracting(RosterRow::relation).containsExactly("户主", "配偶");
        }
        RosterFile without = reader.read(RosterFiles.csv(RosterFiles.HEADER, twoRows()), "a.csv");
        assertThat(without.rows()).noneMatch(RosterRow::inHousehold);
    }

    @Test
    void refusesOneHouseholdColumnWithoutTheOther() {
        List<String> header = new ArrayList<>(RosterFiles.HEADER);
        header.add("与户主关系");
        assertRefused(RosterFiles.csv(header, twoRows()), "a.csv", HttpStatus.BAD_REQUEST, RosterException.HEADER)
                .hasMessageContaining("第 9 列应为“户主姓名”").hasMessageContaining("不按户登记可删去这两列");
    }

    @Test
    void aRowOfSeveralCellsAboveTheHeaderIsStillAWrongHeader() {
        List<String> notATitle = new ArrayList<>(RosterFiles.HEADER);
        notATitle.set(1, "名字");
        String csv = "花名册\r\n" + RosterFiles.csvText(notATitle, twoRows());
        assertRefused(csv.getBytes(StandardCharsets.UTF_8), "a.csv", HttpStatus.BAD_REQUEST, RosterException.HEADER)
                .hasMessageContaining("第 2 行第 2 列应为“姓名”");
        String fourTitles = "一\r\n二\r\n三\r\n四\r\n" + RosterFiles.csvText(RosterFiles.HEADER, twoRows());
        assertRefused(fourTitles.getBytes(StandardCharsets.UTF_8), "a.csv", HttpStatus.BAD_REQUEST, RosterException.HEADER)
                .as("at most three title rows").hasMessageContaining("第 4 行");
    }

    @Test
    void refusesBinaryContent() {
        assertRefused(new byte[] {1, 0, 2, 0, 3}, "a.bin", HttpStatus.BAD_REQUEST, RosterException.FORMAT);
    }

    @Test
    void refusesMoreRowsThanTheLimit() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            rows.add(RosterFiles.row(i + 1, "周桂英", "341723194601050119", "乔木乡", "凌塘村", "否"));
        }
        RosterReader small = new RosterReader(5);
        assertThat(small.read(RosterFiles.csv(RosterFiles.HEADER, rows.subList(0, 5)), "a.csv").rows()).hasSize(5);
        for (byte[] file : List.of(RosterFiles.csv(RosterFiles.HEADER, rows), RosterFiles.xlsx(RosterFiles.HEADER, rows))) {
            assertThatThrownBy(() -> small.read(file, "a"))
                    .isInstanceOfSatisfying(RosterException.class, e -> {
                        assertThat(e.status()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
                        assertThat(e.code()).isEqualTo(RosterException.TOO_MANY_ROWS);
                    }).hasMessageContaining("最多导入 5 行");
        }
    }

    @Test
    void refusesAZipBombAsAFormatError() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(new byte[20 * 1024 * 1024]);
            zip.closeEntry();
        }
        assertRefused(out.toByteArray(), "bomb.xlsx", HttpStatus.BAD_REQUEST, RosterException.FORMAT)
                .hasMessageContaining("压缩炸弹");
    }

    @Test
    void refusesAZipThatIsNoWorkbook() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertRefused(out.toByteArray(), "a.xlsx", HttpStatus.BAD_REQUEST, RosterException.FORMAT);
    }

    @Test
    void refusesAnEncryptedWorkbookSayingSo() throws Exception {
        byte[] plain = RosterFiles.xlsx(RosterFiles.HEADER, twoRows());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(plain)); OutputStream os = encryptor.getDataStream(fs)) {
                pkg.save(os);
            }
            fs.writeFilesystem(out);
        }
        assertRefused(out.toByteArray(), "a.xlsx", HttpStatus.BAD_REQUEST, RosterException.FORMAT).hasMessageContaining("密码");
    }

    @Test
    void theTemplateHasTheHeaderRowAndInstructions() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(RosterTemplate.bytes()))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            List<String> cells = new ArrayList<>();
            header.forEach(c -> cells.add(c.getStringCellValue()));
            assertThat(cells).containsExactlyElementsOf(RosterFiles.HOUSEHOLD_HEADER)
                    .endsWith("户主姓名", "与户主关系");
            assertThat(workbook.getSheetAt(0).getDataValidations()).as("与户主关系 is a list of the relations")
                    .anySatisfy(v -> assertThat(v.getValidationConstraint().getExplicitListValues())
                            .contains("户主", "配偶", "子女"));
            List<String> explained = new ArrayList<>();
            workbook.getSheet("填写说明").forEach(r -> explained.add(r.getCell(0) == null ? "" : r.getCell(0).toString()));
            assertThat(explained).contains("户主姓名", "与户主关系");
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isZero();
            assertThat(workbook.getSheet("填写说明")).isNotNull();
        }
        assertRefused(RosterTemplate.bytes(), RosterTemplate.FILE_NAME, HttpStatus.BAD_REQUEST, RosterException.EMPTY);
    }

    private org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable> assertRefused(
            byte[] content, String name, HttpStatus status, String code) {
        return assertThatThrownBy(() -> reader.read(content, name))
                .isInstanceOfSatisfying(RosterException.class, e -> {
                    assertThat(e.status()).isEqualTo(status);
                    assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
                });
    }
}
