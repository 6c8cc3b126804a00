package cn.qingyang.assistance.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrgUnitCsvReaderTest {

    static final String HEADER = "code,name,level,parent_code\n";
    static final String COUNTY = "341723,青阳县,county,\n";
    static final String TOWNSHIP = "341723200,乔木乡,township,341723\n";

    private final OrgUnitCsvReader reader = new OrgUnitCsvReader();

    private List<OrgUnit> read(String csv) {
        return reader.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "test.csv");
    }

    @Test
    void readsCountyTownshipsAndVillagesInAnyOrder() {
        List<OrgUnit> units = read(HEADER + "341723200201,凌塘村,village,341723200\n" + COUNTY + TOWNSHIP);
        assertThat(units).containsExactly(
                new OrgUnit("341723200201", "凌塘村", OrgLevel.VILLAGE, "341723200"),
                new OrgUnit("341723", "青阳县", OrgLevel.COUNTY, null),
                new OrgUnit("341723200", "乔木乡", OrgLevel.TOWNSHIP, "341723"));
    }

    @Test
    void acceptsAByteOrderMarkAsExcelWritesIt() {
        assertThat(read("\uFEFF" + HEADER + COUNTY + TOWNSHIP)).hasSize(2);
    }

    @Test
    void theShippedDemoListIsValid() throws Exception {
        try (var in = getClass().getResourceAsStream("/organisation/org-units-demo.csv")) {
            List<OrgUnit> units = reader.read(in, "org-units-demo.csv");
            assertThat(units.stream().filter(u -> u.level() == OrgLevel.TOWNSHIP)).hasSize(14);
            assertThat(units).contains(new OrgUnit("341723200201", "凌塘村", OrgLevel.VILLAGE, "341723200"));
        }
    }

    @Test
    void wrongHeaderIsRefused() {
        assertThatThrownBy(() -> read("编码,名称,级别,上级\n" + COUNTY))
                .isInstanceOf(OrganisationFileException.class).hasMessageContaining("表头应为 code,name,level,parent_code");
    }

    @Test
    void codeOfTheWrongLengthNamesTheLine() {
        assertThatThrownBy(() -> read(HEADER + COUNTY + "34172320,乔木乡,township,341723\n"))
                .isInstanceOf(OrganisationFileException.class).hasMessageContaining("第 3 行").hasMessageContaining("9 位数字");
    }

    @Test
    void unknownLevelIsRefused() {
        assertThatThrownBy(() -> read(HEADER + COUNTY + "341723200,乔木乡,town,341723\n"))
                .hasMessageContaining("级别“town”无效");
    }

    @Test
    void duplicateCodeIsRefused() {
        assertThatThrownBy(() -> read(HEADER + COUNTY + TOWNSHIP + "341723200,乔木乡二,township,341723\n"))
                .hasMessageContaining("编码 341723200 重复").hasMessageContaining("第 4 行");
    }

    @Test
    void villageUnderAnUnknownTownshipIsRefused() {
        assertThatThrownBy(() -> read(HEADER + COUNTY + TOWNSHIP + "341723202201,某村,village,341723202\n"))
                .hasMessageContaining("上级编码 341723202 不是文件中的乡镇级单位");
    }

    @Test
    void codeMustStartWithItsParentsCode() {
        assertThatThrownBy(() -> read(HEADER + COUNTY + TOWNSHIP + "341723100201,某村,village,341723200\n"))
                .hasMessageContaining("与上级编码 341723200 不一致");
    }

    @Test
    void exactlyOneCountyIsRequired() {
        assertThatThrownBy(() -> read(HEADER + TOWNSHIP)).hasMessageContaining("应恰好包含 1 个县级单位，实际 0 个");
    }

    @Test
    void missingColumnIsRefused() {
        assertThatThrownBy(() -> read(HEADER + COUNTY + "341723200,乔木乡,township\n")).hasMessageContaining("应有 4 列");
    }

    @Test
    void nonUtf8FileIsRefusedWithAHint() {
        byte[] gbk = (HEADER + COUNTY + TOWNSHIP).getBytes(Charset.forName("GBK"));
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(gbk), "gbk.csv"))
                .isInstanceOf(OrganisationFileException.class).hasMessageContaining("UTF-8");
    }
}
