package cn.qingyang.assistance.intake.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Grouping a roster's rows into households: only what the file says, every doubt refused in Chinese. */
class RosterHouseholdsTest {

    private static final String LINGTANG = "341723200201";
    private static final String SHUANGHE = "341723200202";

    private final List<RosterHouseholds.Member> members = new ArrayList<>();

    private void add(String name, String village, String headName, String relation) {
        add(name, village, headName, relation, true);
    }

    private void add(String name, String village, String headName, String relation, boolean valid) {
        int n = members.size() + 2;
        RosterRow row = new RosterRow(n, String.valueOf(n - 1), name, "ID-" + name, null, "乔木乡", village, null, null,
                headName, relation);
        members.add(new RosterHouseholds.Member(row, valid, village, "ID-" + name));
    }

    private List<RosterHouseholds.Grouped> grouped() {
        return RosterHouseholds.group(members);
    }

    @Test
    void aHeadWithSpouseAndChildIsOneHouseholdTheMembersJoiningTheHead() {
        add("周建国", LINGTANG, "周建国", "户主");
        add("王秀兰", LINGTANG, "周建国", "配偶");
        add("周小明", LINGTANG, "周建国", "子女");
        add("吴德胜", LINGTANG, null, null);

        assertThat(grouped()).extracting(RosterHouseholds.Grouped::error).containsOnlyNulls();
        assertThat(grouped()).extracting(RosterHouseholds.Grouped::headIdNumber)
                .containsExactly(null, "ID-周建国", "ID-周建国", null);
        assertThat(grouped()).extracting(RosterHouseholds.Grouped::relation).containsExactly(null, "SPOUSE", "CHILD", null);
    }

    @Test
    void theHeadMayLeaveItsOwnNameOutAndOfficesWordsAreUnderstood() {
        add("周建国", LINGTANG, null, "本人");
        add("王秀兰", LINGTANG, "周建国", "妻子");
        add("李梅", LINGTANG, "周建国", "儿媳");

        assertThat(grouped()).extracting(RosterHouseholds.Grouped::relation).containsExactly(null, "SPOUSE", "CHILD_IN_LAW");
        assertThat(grouped()).extracting(RosterHouseholds.Grouped::error).containsOnlyNulls();
    }

    @Test
    void theSameHeadsNameInAnotherVillageIsAnotherHousehold() {
        add("周建国", LINGTANG, "周建国", "户主");
        add("王秀兰", SHUANGHE, "周建国", "配偶");

        assertThat(grouped().get(0).error()).isNull();
        assertThat(grouped().get(1).error()).startsWith("【户主姓名】户主“周建国”不在本花名册中");
        assertThat(grouped().get(1).headIdNumber()).isNull();
    }

    @Test
    void twoHeadsOfOneNameInOneVillageAreRefusedWithTheirMembers() {
        add("周建国", LINGTANG, "周建国", "户主");
        add("周建国", LINGTANG, "周建国", "户主");
        add("王秀兰", LINGTANG, "周建国", "配偶");

        assertThat(grouped()).extracting(RosterHouseholds.Grouped::error)
                .allSatisfy(error -> assertThat(error).contains("有两位以上户主（第 2 行、第 3 行）"));
    }

    @Test
    void anUnknownRelationAMissingRelationAndAMissingHeadNameAreRefused() {
        add("周建国", LINGTANG, "周建国", "户主");
        add("王秀兰", LINGTANG, "周建国", "表姐");
        add("周小明", LINGTANG, "周建国", null);
        add("周小红", LINGTANG, null, "子女");
        add("吴德胜", LINGTANG, "周建国", "户主");

        List<RosterHouseholds.Grouped> grouped = grouped();
        assertThat(grouped.get(0).error()).isNull();
        assertThat(grouped.get(1).error()).startsWith("【与户主关系】“表姐”无效，应为“户主”、“配偶”、“子女”");
        assertThat(grouped.get(2).error()).startsWith("【与户主关系】填写了户主姓名的行须填写与户主的关系");
        assertThat(grouped.get(3).error()).startsWith("【户主姓名】填写了与户主关系的行须填写户主姓名");
        assertThat(grouped.get(4).error()).startsWith("【户主姓名】本行与户主关系为“户主”，户主姓名应为本人姓名“吴德胜”");
    }

    @Test
    void membersOfAHeadWhoseRowIsWrongSaySo() {
        add("周建国", LINGTANG, "周建国", "户主", false);
        add("王秀兰", LINGTANG, "周建国", "配偶");

        assertThat(grouped().get(1).error()).startsWith("【户主姓名】户主“周建国”所在行（第 2 行）有误未能登记");
    }
}
