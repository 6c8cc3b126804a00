package cn.qingyang.assistance.household;

import static cn.qingyang.assistance.household.HouseholdFacts.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 家庭基本情况 as the visit form's group sends it: what a caseworker is told to fix, and what is kept. */
class HouseholdFactsTest {

    static Map<String, Object> complete() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put(ADDRESS, "乔木乡凌塘村三组 12 号");
        v.put(REGISTRATION_TYPE, "RURAL");
        v.put(HOUSING_TYPE, "OWN");
        v.put(HOUSING_SAFETY, "C");
        v.put(HOUSES, 1);
        v.put(VEHICLES, "0");
        v.put(SAVINGS_BAND, "NONE");
        v.put(BUSINESS, "");
        v.put(LIFTED_FROM_POVERTY, true);
        v.put(UNDER_MONITORING, false);
        v.put(FOCUS_GROUPS, List.of("MARGINAL", "SPENDING"));
        v.put(RESPONSIBLE_PERSON, "王建华");
        v.put(SUPPORTERS, List.of(Map.of(SUPPORTER_NAME, "汪小军", SUPPORTER_RELATION, "CHILD", SUPPORTER_ABLE, "NO",
                SUPPORTER_NOTE, "在外打零工")));
        return v;
    }

    @Test
    void aCompleteGroupIsKeptAsTheHouseholdsFacts() {
        Checked checked = check(complete());

        assertThat(checked.problems()).isEmpty();
        assertThat(checked.facts()).isEqualTo(new HouseholdRepository.Facts("乔木乡凌塘村三组 12 号", "RURAL", "OWN", "C", 1, 0,
                "NONE", null, true, false, "MARGINAL,SPENDING", "王建华"));
        assertThat(checked.supporters()).containsExactly(new HouseholdRepository.Supporter(0, "汪小军", "CHILD", false, "在外打零工"));
    }

    @Test
    void everyProblemIsNamedInChinese() {
        Map<String, Object> v = complete();
        v.put(ADDRESS, " ");
        v.remove(REGISTRATION_TYPE);
        v.put(HOUSING_SAFETY, "E");
        v.put(HOUSES, "-1");
        v.put(FOCUS_GROUPS, List.of("MARGINAL", "RICH"));
        v.put(RESPONSIBLE_PERSON, "<b>王</b>");
        v.put(SUPPORTERS, List.of(Map.of(SUPPORTER_NAME, "汪小军", SUPPORTER_RELATION, "CHILD"), Map.of(SUPPORTER_RELATION, "NEIGHBOUR",
                SUPPORTER_ABLE, "YES")));

        assertThat(check(v).problems()).containsExactly("请填写家庭住址", "请选择户籍类型（城镇/农村）", "住房安全等级的取值“E”无效",
                "住房（处）应为 0 至 20 之间的整数", "重点关注群体的取值“RICH”无效",
                "包保责任人中不能有 HTML 标签或脚本（如 <script>、<img>）：请只写文字",
                "第 1 位赡养（扶养）义务人（汪小军）：请选择有无赡养（扶养）能力",
                "第 2 位赡养（扶养）义务人：请填写姓名", "第 2 位赡养（扶养）义务人：与本户的关系的取值“NEIGHBOUR”无效");
    }

    @Test
    void aHouseholdWithoutAHomeNeedsNoSafetyRatingAndNothingIsNotAList() {
        Map<String, Object> v = complete();
        v.put(HOUSING_TYPE, "NONE");
        v.remove(HOUSING_SAFETY);
        assertThat(check(v).problems()).isEmpty();

        assertThat(check("not json").problems()).contains("请填写家庭住址");
        assertThat(check(null).problems()).contains("请选择住房类型");
    }

    @Test
    void theFileOnTheFormAndBackChangesNothingAndAChangeIsNamed() {
        HouseholdRepository.HouseholdRow onFile = new HouseholdRepository.HouseholdRow(7, "341723200", "341723200201",
                "乔木乡凌塘村三组 12 号", "RURAL", "OWN", "C", 1, 0, "NONE", null, true, false, "MARGINAL,SPENDING", "王建华",
                3, null, OffsetDateTime.now(), OffsetDateTime.now());
        List<HouseholdRepository.Supporter> supporters = List.of(new HouseholdRepository.Supporter(11, "汪小军", "CHILD", false, "在外打零工"));
        Checked roundTrip = check(values(onFile, supporters));
        assertThat(roundTrip.problems()).isEmpty();
        assertThat(changes(onFile, supporters, roundTrip.facts(), roundTrip.supporters())).isEmpty();

        Map<String, Object> v = values(onFile, supporters);
        v.put(HOUSING_SAFETY, "D");
        v.put(SUPPORTERS, List.of());
        Checked changed = check(v);
        assertThat(changes(onFile, supporters, changed.facts(), changed.supporters())).containsExactly("住房", "赡养（扶养）义务人（0 人）");
    }
}
