package cn.qingyang.assistance.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads and checks an organisation list (UTF-8 CSV with header {@code code,name,level,parent_code}).
 * Every problem is reported with its line number, in Chinese, and nothing is returned unless the
 * whole file is consistent: one county, townships under it, villages under a township.
 */
final class OrgUnitCsvReader {

    static final String[] HEADER = {"code", "name", "level", "parent_code"};

    public List<OrgUnit> read(InputStream in, String source) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).get();
        try (Reader reader = new InputStreamReader(in, decoder); CSVParser parser = format.parse(reader)) {
            checkHeader(parser.getHeaderNames(), source);
            List<OrgUnit> units = new ArrayList<>();
            List<Long> lines = new ArrayList<>();
            for (CSVRecord row : parser) {
                units.add(toUnit(row, source));
                lines.add(row.getRecordNumber() + 1);
            }
            checkTree(units, lines, source);
            return units;
        } catch (IOException | RuntimeException e) {
            if (e instanceof OrganisationFileException ofe) {
                throw ofe;
            }
            throw new OrganisationFileException("组织机构文件 " + source + " 无法读取（须为 UTF-8 编码的 CSV）：" + e.getMessage(), e);
        }
    }

    private static void checkHeader(List<String> names, String source) {
        List<String> cleaned = names.stream().map(n -> n.replace("\uFEFF", "").trim()).toList();
        if (!cleaned.equals(List.of(HEADER))) {
            throw new OrganisationFileException("组织机构文件 " + source + " 的表头应为 "
                    + String.join(",", HEADER) + "，实际为 " + String.join(",", cleaned) + "。");
        }
    }

    private static OrgUnit toUnit(CSVRecord row, String source) {
        String where = source + " 第 " + (row.getRecordNumber() + 1) + " 行";
        if (row.size() != HEADER.length) {
            throw new OrganisationFileException(where + "：应有 4 列（编码,名称,级别,上级编码），实际 " + row.size() + " 列。");
        }
        String code = row.get(0);
        String name = row.get(1);
        String levelCode = row.get(2);
        String parent = row.get(3).isEmpty() ? null : row.get(3);
        OrgLevel level = OrgLevel.fromCode(levelCode).orElseThrow(() -> new OrganisationFileException(
                where + "：级别“" + levelCode + "”无效，应为 county、township 或 village。"));
        if (!code.matches("\\d+") || code.length() != level.codeLength()) {
            throw new OrganisationFileException(where + "：" + level.label() + "编码“" + code + "”应为 "
                    + level.codeLength() + " 位数字。");
        }
        if (name.isBlank() || name.length() > 100) {
            throw new OrganisationFileException(where + "：名称不能为空，且不超过 100 个字符。");
        }
        if (level == OrgLevel.COUNTY ? parent != null : parent == null) {
            throw new OrganisationFileException(where + "：" + (level == OrgLevel.COUNTY
                    ? "县级单位不应填写上级编码。" : "必须填写上级编码。"));
        }
        if (parent != null && !code.startsWith(parent)) {
            throw new OrganisationFileException(where + "：编码 " + code + " 与上级编码 " + parent + " 不一致（应以上级编码开头）。");
        }
        return new OrgUnit(code, name, level, parent);
    }

    private static void checkTree(List<OrgUnit> units, List<Long> lines, String source) {
        Map<String, OrgUnit> byCode = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            OrgUnit unit = units.get(i);
            if (byCode.putIfAbsent(unit.code(), unit) != null) {
                throw new OrganisationFileException(source + " 第 " + lines.get(i) + " 行：编码 " + unit.code() + " 重复。");
            }
        }
        long counties = units.stream().filter(u -> u.level() == OrgLevel.COUNTY).count();
        if (counties != 1) {
            throw new OrganisationFileException("组织机构文件 " + source + " 应恰好包含 1 个县级单位，实际 " + counties + " 个。");
        }
        for (int i = 0; i < units.size(); i++) {
            OrgUnit unit = units.get(i);
            if (unit.parentCode() == null) {
                continue;
            }
            OrgUnit parent = byCode.get(unit.parentCode());
            OrgLevel expected = unit.level() == OrgLevel.TOWNSHIP ? OrgLevel.COUNTY : OrgLevel.TOWNSHIP;
            if (parent == null || parent.level() != expected) {
                throw new OrganisationFileException(source + " 第 " + lines.get(i) + " 行：上级编码 " + unit.parentCode()
                        + " 不是文件中的" + expected.label() + "级单位。");
            }
        }
    }
}
