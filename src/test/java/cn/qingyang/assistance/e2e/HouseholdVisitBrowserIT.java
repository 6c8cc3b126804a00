package cn.qingyang.assistance.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingyang.assistance.TestIdNumbers;
import cn.qingyang.assistance.person.ResidentIdNumber;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The household file in a real browser (issue 15): 乔木乡's caseworker visits a reported man, finds
 * his wife and grandson living with him and records all three in the visit form's list of members
 * (家庭成员, a form-js dynamic list), with the household's own facts (家庭基本情况); a wrong ID number
 * of a member is refused in Chinese, naming the member; then she opens the 一户一档 page and reads
 * the household as the visit left it, every ID number masked.
 */
class HouseholdVisitBrowserIT extends BrowserTestBase {

    static final String MEMBERS = "家庭成员";

    @Test
    void aCaseworkerRecordsAThreeMemberHouseholdAtTheVisitAndReadsItsFile(TestInfo info) throws Exception {
        // an elderly couple (his number issued under 342923, the county's code before 2000) and their grandson
        String head = TestIdNumbers.withCheckDigit("34292319520308" + "131");
        String caseNumber = report("孙德旺", head, "老两口带一个孙子生活，老伴常年患病", false);
        String wife = TestIdNumbers.withCheckDigit("34292319550716" + "142");
        String grandson = TestIdNumbers.withCheckDigit("34172320120905" + "153");

        Page caseworker = browser(info, "qiaomu-caseworker", "tasklist");
        caseworker.openTask("本乡镇待办", "入户调查评估", caseNumber);
        assertThat(caseworker.formText()).contains("家庭基本情况", "家庭成员", "孙德旺");
        caseworker.claim();

        caseworker.today("走访日期").type("调查人员（一）", "王建华").type("调查人员（二）", "李秀兰")
                .choose("是否见到本人", "见到本人");
        caseworker.choose("本人健康状况", "健康").choose("本人残疾等级", "无残疾").choose("本人劳动能力", "部分丧失");
        for (String adl : List.of("进食", "穿衣", "洗澡", "如厕", "上下床", "室内行走")) {
            caseworker.choose(adl, "能自理");
        }
        // 家庭基本情况
        caseworker.type("家庭住址", "乔木乡凌塘村五组 8 号").choose("户籍类型", "农村").choose("住房类型", "自有住房")
                .choose("住房安全等级", "C 级（局部危险）").type("住房（处）", "1").type("机动车（辆）", "0")
                .choose("存款", "1 万元以下");

        // the list starts with the reported man, from the file; the caseworker adds his wife and grandson
        caseworker.inRow(MEMBERS, 0);
        assertThat(caseworker.field("已登记身份证号").findElement(By.cssSelector("input")).getDomProperty("value"))
                .isEqualTo(ResidentIdNumber.parse(head).masked());
        member(caseworker, "健康", "部分丧失劳动能力", "务农", "600");
        caseworker.inForm().addRow(MEMBERS);
        caseworker.inRow(MEMBERS, 1).type("姓名", "钱桂香").choose("与户主关系", "配偶").type("身份证号（新增或更正）", wife);
        member(caseworker, "长期慢性病", "丧失劳动能力", "无劳动能力", "300");
        caseworker.type("疾病名称", "类风湿关节炎");
        caseworker.inForm().addRow(MEMBERS);
        String mistyped = grandson.substring(0, 17) + (grandson.endsWith("1") ? "2" : "1");
        caseworker.inRow(MEMBERS, 2).type("姓名", "孙小磊").choose("与户主关系", "孙子女/外孙子女").type("身份证号（新增或更正）", mistyped);
        member(caseworker, "健康", "丧失劳动能力", "在校学生", "0");
        caseworker.choose("在学情况", "初中");
        caseworker.inForm();
        caseworker.type("主要财产", "自有砖木住房一处，无车辆");
        caseworker.choose("主要致困原因", "因病").choose("困难程度", "比较困难").choose("自救能力", "自救能力较弱");
        caseworker.choose("能否自行申请", "本人能自行申请");
        caseworker.type("调查发现", "三口人，老伴常年患病，孙子读初中，靠种地和少量转移收入生活")
                .type("对策建议", "引导申请低保，纳入台账定期回访").choose("调查结论", "情况已查清");
        caseworker.scrollTo(caseworker.field(MEMBERS));
        caseworker.shot("household-members-in-the-visit");

        // a wrong number is refused in the caseworker's own transaction, naming the member
        String refusal = caseworker.complete();
        caseworker.shot("member-id-number-refused");
        assertThat(refusal).contains("第 3 位成员（孙小磊）").contains("身份证号");
        caseworker.dismissErrors();
        caseworker.inRow(MEMBERS, 2).type("身份证号（新增或更正）", grandson);
        caseworker.inForm();
        assertThat(caseworker.complete()).as("the visit of the three-member household is recorded").isNull();

        // the household file as the visit left it: three members
        JsonNode file = householdOf(caseNumber, 3);
        List<String> names = new ArrayList<>();
        file.get("members").forEach(m -> names.add(m.get("name").asText()));
        assertThat(names).containsExactly("孙德旺", "钱桂香", "孙小磊");
        assertThat(file.get("household").get("address").asText()).isEqualTo("乔木乡凌塘村五组 8 号");

        caseworker.driver.get(caseworker.url("/household/index.html"));
        caseworker.waitForText("当前用户：qiaomu-caseworker", 30);
        new Select(caseworker.driver.findElement(By.id("by"))).selectByVisibleText("案件编号");
        caseworker.driver.findElement(By.id("value")).sendKeys(caseNumber);
        caseworker.click(By.id("find"));
        caseworker.waitForText("家庭成员", 30).waitForText(ResidentIdNumber.parse(grandson).masked(), 30);
        assertThat(caseworker.bodyText()).contains("户主 孙德旺", "钱桂香", "孙小磊", "配偶", "乔木乡凌塘村五组 8 号", caseNumber)
                .contains(ResidentIdNumber.parse(wife).masked()).doesNotContain(head).doesNotContain(wife).doesNotContain(grandson);
        caseworker.script("window.scrollTo(0, 0);");
        caseworker.shot("household-file-after-the-visit");
    }

    /** The rest of a member's row: health, labour, employment, self-care, schooling and incomes (transfers only). */
    private static void member(Page page, String health, String labour, String employment, String transfer) {
        page.choose("健康状况", health).choose("残疾类别", "无残疾").choose("劳动能力", labour).choose("自理能力", "自理")
                .choose("在学情况", "不在学").choose("就业情况", employment);
        page.type("工资性收入", "0").type("经营净收入", "0").type("财产净收入", "0").type("转移净收入", transfer)
                .type("医疗支出", "0").type("教育支出", "0");
    }

    /** The case's household file as the county reads it over the API, once it has this many members (the visit's step runs after the task). */
    private static JsonNode householdOf(String caseNumber, int members) throws Exception {
        long householdId = json(as("county-supervisor").get("/api/cases/" + caseNumber), 200).get("householdId").asLong();
        for (int attempt = 0; ; attempt++) {
            JsonNode file = json(as("county-supervisor").get("/api/households/" + householdId), 200);
            if (file.get("members").size() == members || attempt == 60) {
                return file;
            }
            Thread.sleep(500);
        }
    }
}
