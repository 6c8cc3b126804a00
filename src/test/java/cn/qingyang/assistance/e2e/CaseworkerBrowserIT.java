package cn.qingyang.assistance.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;

/**
 * DOMAIN.md §1 in a real browser: 凌塘村's collector reports a person from Tasklist, 乔木乡's
 * caseworker visits, classifies and decides, the leader approves first aid afterwards, and
 * 蓉城镇's caseworker sees none of it. Everything is asserted as the user sees it (Chinese texts,
 * task names, the form's error), cross-checked through the REST API.
 */
class CaseworkerBrowserIT extends BrowserTestBase {

    @Test
    void aVillageCollectorReportsAPersonFromTasklistAndAWrongIdNumberIsRefusedInChinese(TestInfo info) throws Exception {
        Page collector = browser(info, "lingtang-collector", "tasklist");
        collector.waitForText("张卫国", 30);
        assertThat(collector.bodyText()).as("the Chinese Tasklist").contains("青阳县民政局 任务办理", "启动流程", "我的待办", "本村待办");
        collector.shot("tasklist-in-chinese");

        collector.startProcess("上报遇困人员");
        assertThat(collector.formText()).contains("上报遇困人员", "居民身份证号码", "困难情况");
        String idNumber = newIdNumber();
        String wrong = idNumber.substring(0, 17) + (idNumber.charAt(17) == '1' ? '2' : '1');
        collector.type("姓名", "周桂芳").type("居民身份证号码", wrong).type("联系电话", "13900001234")
                .type("困难情况", "丈夫去年病故，本人患类风湿关节炎，无力耕种，独自抚养两个孩子").tick("急难情形：需先行救助");
        collector.shot("start-form-wrong-id-number");
        collector.submitStartForm();
        String error = collector.waitForError();
        collector.shot("wrong-id-number-refused");
        assertThat(error).contains("上报未受理", "身份证号码校验位不正确");
        assertThat(json(as("admin").get("/engine-rest/history/process-instance/count?processDefinitionKey=ReportIntake"
                + "&finished=true&startedBy=lingtang-collector"), 200).get("count").asLong())
                .as("nothing registered").isZero();

        collector.type("居民身份证号码", idNumber);
        collector.shot("start-form-corrected");
        collector.submitStartForm();
        collector.until("the start dialog closed", 60, d -> d.findElements(By.cssSelector(".modal-content")).isEmpty());
        collector.shot("report-registered");

        JsonNode cases = json(as("county-supervisor").get("/engine-rest/process-instance?processDefinitionKey=DiscoveryCase"), 200);
        String caseNumber = null;
        for (JsonNode pi : cases) {
            JsonNode file = caseFile(pi.get("businessKey").asText());
            if (file.get("reports").get(0).get("description").asText().startsWith("丈夫去年病故")) {
                caseNumber = file.get("caseNumber").asText();
                assertThat(file.get("townshipCode").asText()).isEqualTo(QIAOMU);
                assertThat(file.get("villageCode").asText()).isEqualTo(LINGTANG);
                assertThat(file.get("urgent").asBoolean()).isTrue();
            }
        }
        assertThat(caseNumber).as("a case was opened for the report").isNotNull();
        assertThat(taskNamesOf(caseNumber)).contains("入户调查评估", "先行救助");
    }
}
