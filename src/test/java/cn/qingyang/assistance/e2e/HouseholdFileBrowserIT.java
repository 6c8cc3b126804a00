package cn.qingyang.assistance.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingyang.assistance.person.ResidentIdNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;

/**
 * 一户一档 in a real browser (issue 15 §6): 乔木乡's caseworker, logged into Tasklist, opens the
 * household file page, finds a household by case number and reads its file (members with the ID
 * number masked, the case, the xlsx link), on a desktop and on a phone's screen; 蓉城镇's caseworker
 * finds nothing; a wrong ID number is refused in Chinese.
 */
class HouseholdFileBrowserIT extends BrowserTestBase {

    @Test
    void aTownshipCaseworkerFindsAHouseholdByCaseNumberAndReadsItsFile(TestInfo info) throws Exception {
        String idNumber = newIdNumber();
        String caseNumber = report("户档浏览", idNumber, "独居老人，行动不便，无固定收入", false);
        String masked = ResidentIdNumber.parse(idNumber).masked();

        Page caseworker = browser(info, "qiaomu-caseworker", "tasklist");
        caseworker.driver.get(caseworker.url("/household/index.html"));
        caseworker.waitForText("当前用户：qiaomu-caseworker", 30);
        new Select(caseworker.driver.findElement(By.id("by"))).selectByVisibleText("案件编号");
        caseworker.driver.findElement(By.id("value")).sendKeys(caseNumber);
        caseworker.click(By.id("find"));
        caseworker.waitForText("家庭成员", 30).waitForText(masked, 30);
        assertThat(caseworker.bodyText()).contains("户主 户档浏览", "乔木乡", "凌塘村", "户主", caseNumber,
                "独居老人，行动不便，无固定收入", "下载档案（xlsx）", "变更记录").doesNotContain(idNumber);
        assertThat(caseworker.driver.findElement(By.id("xlsx")).getAttribute("href")).endsWith("/export.xlsx");
        caseworker.script("window.scrollTo(0, 0);");
        caseworker.shot("household-file");
        caseworker.scrollTo(caseworker.driver.findElement(By.id("cases")));
        caseworker.shot("household-file-cases");

        caseworker.driver.manage().window().setSize(new Dimension(390, 844));
        caseworker.driver.navigate().refresh();
        caseworker.waitForText(masked, 30);
        assertThat(caseworker.script("return document.documentElement.scrollWidth <= window.innerWidth + 1;"))
                .as("the page fits a phone's width (wide tables scroll inside their box)").isEqualTo(true);
        caseworker.shot("household-file-on-a-phone");

        new Select(caseworker.driver.findElement(By.id("by"))).selectByVisibleText("身份证号");
        caseworker.driver.findElement(By.id("value")).clear();
        caseworker.driver.findElement(By.id("value")).sendKeys(idNumber.substring(0, 17) + (idNumber.endsWith("1") ? "2" : "1"));
        caseworker.click(By.id("find"));
        caseworker.waitForText("身份证号码校验位不正确", 30);
        caseworker.shot("wrong-id-number-refused");

        Page other = browser(info, "rongcheng-caseworker", "tasklist");
        other.driver.get(other.url("/household/index.html?caseNumber=" + caseNumber));
        other.waitForText("您工作范围内没有找到符合条件的家庭", 30);
        assertThat(other.bodyText()).doesNotContain("户档浏览").doesNotContain(masked);
        other.shot("another-township-finds-nothing");
    }
}
