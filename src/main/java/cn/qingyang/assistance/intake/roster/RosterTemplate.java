package cn.qingyang.assistance.intake.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The roster template {@code 花名册模板.xlsx}: sheet 花名册 with the header row only (ID number,
 * phone and codes formatted as text, 是否急难 a 是/否 list, the optional household columns 户主姓名
 * and 与户主关系, the latter a list of the relations), sheet 填写说明 explaining each column
 * with an example. No example row on the first sheet, so a forgotten example is never imported.
 */
final class RosterTemplate {

    public static final String FILE_NAME = "花名册模板.xlsx";
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Column, required, how to fill it, example. */
    static final List<List<String>> INSTRUCTIONS = List.of(
            List.of("序号", "否", "便于核对的顺序号，系统不使用。", "1"),
            List.of("姓名", "是", "遇困人员姓名：2-20 个汉字（少数民族姓名可含“·”）或拼音字母。", "周桂英"),
            List.of("身份证号", "是", "18 位居民身份证号码（最后一位可为 X），外地籍和本县旧编码（342923 开头）的号码同样有效；系统核对校验位、出生日期和地区码。15 位旧号码请换成 18 位。"
                    + "请将本列设为“文本”格式，否则 Excel 会把号码变成科学计数法。", "341723194601050119"),
            List.of("联系电话", "否", "11 位手机号码，或带区号的固定电话（如 0566-5012345）。", "13855667788"),
            List.of("乡镇", "是*", "乡镇名称（如 乔木乡）或 9 位区划编码（如 341723200）。村（社区）工作人员可留空，默认本村所属乡镇。", "乔木乡"),
            List.of("村(社区)", "否*", "村（社区）名称（须属于所填乡镇）或 12 位区划编码。村（社区）工作人员只能上报本村（社区）人员，留空默认本村。", "凌塘村"),
            List.of("困难情况", "否", "困难情况简述，不超过 2000 字。", "独居老人，患慢性病，冬季取暖困难"),
            List.of("是否急难", "否", "填“是”或“否”（也可填 Y/N、1/0）；留空按“否”处理。急难对象由乡镇 24 小时内先行救助。", "否"),
            List.of("户主姓名", "否", "按户登记时填写该人所在户的户主姓名（户主本人也填自己的姓名）。同一村（社区）中户主姓名相同的各行为一户，户主须列在本花名册中。不按户登记可留空。", "周桂英"),
            List.of("与户主关系", "否", "户主、配偶、子女、儿媳/女婿、父母、孙子女/外孙子女、祖父母/外祖父母、兄弟姐妹或其他；每户有且只有一行填“户主”。填了户主姓名的行必须填写。", "户主"));

    static final List<String> NOTES = List.of(
            "1. 第 1 行为表头，请勿修改、删除或调整列的顺序；从第 2 行起每行填写一人。",
            "2. 支持 .xlsx 文件，或 Excel、WPS 另存的 CSV 文件（“CSV UTF-8(逗号分隔)”或中文 Windows 上的“CSV(逗号分隔)”均可）；表头上方的标题行（如“凌塘村2026年11月困难群众花名册”）可以保留。",
            "3. 一次最多 20000 行；超过 500 行时在后台导入，可凭返回的地址查看进度。",
            "4. 导入方式：all_or_nothing（默认，任一行有误则全部不导入，请改正后重新上传）或 valid_rows（导入正确的行，列出有误的行）。",
            "5. 同一人已有未结案件时，本次上报并入该案件（计为“重复”）；同一文件重复上传不会重复登记。",
            "6. 按户登记：同一户的成员并入户主的家庭，全户共用一个案件（一户一档）；已在其他多人户中的人员不会被自动并户，请在入户调查时处理。",
            "7. 本说明页不会被导入。");

    private RosterTemplate() {
    }

    public static byte[] bytes() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);

            Sheet roster = workbook.createSheet("花名册");
            Row headerRow = roster.createRow(0);
            List<String> columns = new java.util.ArrayList<>(RosterReader.COLUMNS);
            columns.addAll(RosterReader.HOUSEHOLD_COLUMNS);
            int[] widths = {6, 12, 22, 16, 14, 16, 40, 10, 12, 12};
            for (int i = 0; i < columns.size(); i++) {
                var cell = headerRow.createCell(i);
                cell.setCellValue(columns.get(i));
                cell.setCellStyle(header);
                roster.setColumnWidth(i, widths[i] * 256);
                if (i >= 2 && i <= 5) {
                    roster.setDefaultColumnStyle(i, text);
                }
            }
            roster.createFreezePane(0, 1);
            DataValidationHelper validation = roster.getDataValidationHelper();
            var urgent = validation.createValidation(validation.createExplicitListConstraint(new String[] {"是", "否"}),
                    new CellRangeAddressList(1, 20001, 7, 7));
            urgent.setShowErrorBox(true);
            urgent.createErrorBox("是否急难", "请填写“是”或“否”。");
            roster.addValidationData(urgent);
            int relationColumn = columns.indexOf("与户主关系");
            var relation = validation.createValidation(validation.createExplicitListConstraint(
                            cn.qingyang.assistance.household.HouseholdCodes.RELATIONS.codes().stream()
                                    .map(cn.qingyang.assistance.household.HouseholdCodes.RELATIONS::label).toArray(String[]::new)),
                    new CellRangeAddressList(1, 20001, relationColumn, relationColumn));
            relation.setShowErrorBox(true);
            relation.createErrorBox("与户主关系", "请从列表中选择与户主的关系。");
            roster.addValidationData(relation);

            Sheet help = workbook.createSheet("填写说明");
            Row helpHeader = help.createRow(0);
            List<String> helpColumns = List.of("列名", "是否必填", "填写说明", "示例");
            for (int i = 0; i < helpColumns.size(); i++) {
                var cell = helpHeader.createCell(i);
                cell.setCellValue(helpColumns.get(i));
                cell.setCellStyle(header);
            }
            int r = 1;
            for (List<String> line : INSTRUCTIONS) {
                Row row = help.createRow(r++);
                for (int i = 0; i < line.size(); i++) {
                    var cell = row.createCell(i);
                    cell.setCellValue(line.get(i));
                    cell.setCellStyle(i == 2 ? wrap : text);
                }
            }
            help.createRow(r++).createCell(0).setCellValue("* 乡镇、村（社区）至少能确定所属乡镇；村（社区）工作人员两列都可留空。");
            r++;
            for (String note : NOTES) {
                help.createRow(r++).createCell(0).setCellValue(note);
            }
            help.setColumnWidth(0, 12 * 256);
            help.setColumnWidth(1, 10 * 256);
            help.setColumnWidth(2, 70 * 256);
            help.setColumnWidth(3, 36 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
