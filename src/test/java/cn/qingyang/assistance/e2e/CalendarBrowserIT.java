package cn.qingyang.assistance.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingyang.assistance.calendar.StatutoryHolidays;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * The yearly holiday step in a real browser (issue 16 §1–2): today (2026-11-30 or later) the
 * Cockpit dashboard warns the administrator that 2027 is still to be entered; on 节假日安排 they
 * see 2027 暂定, download nothing but fill the template's rows in a CSV, upload it, and see 2027
 * 已发布 with its bridged days off and make-up Saturday, the change in the record, and no warning.
 */
class CalendarBrowserIT extends BrowserTestBase {

    @Test
    void anAdministratorUploadsNextYearsArrangementAndSeesItPublished(TestInfo info) throws Exception {
        StatutoryHolidays statutory = new StatutoryHolidays();
        int year = 2027;
        LocalDate eve = statutory.of(year).stream().filter(h -> h.name().equals("春节")).findFirst().orElseThrow().date();
        LocalDate saturday = eve.minusDays(1);
        while (saturday.getDayOfWeek() != DayOfWeek.SATURDAY) {
            saturday = saturday.minusDays(1);
        }
        StringBuilder csv = new StringBuilder("国务院办公厅关于2027年部分节假日安排的通知\n日期,安排,说明\n");
        statutory.of(year).forEach(h -> csv.append(h.date()).append(",放假,").append(h.name()).append('\n'));
        for (int i = 4; i < 8; i++) {
            csv.append(eve.plusDays(i)).append(",放假,春节\n");
        }
        csv.append(saturday).append(",上班,春节调休\n");
        Path file = Files.createTempDirectory("calendar").resolve("2027年节假日安排.csv");
        Files.write(file, csv.toString().getBytes(StandardCharsets.UTF_8));

        Page admin = browser(info, "admin", "cockpit");
        admin.waitForText("2027 年的节假日安排尚未录入", 30);
        admin.shot("cockpit-dashboard-warns");
        admin.click(By.linkText("录入 2027 年节假日安排 »"));
        admin.waitForText("当前用户：admin", 30).waitForText("2027 年（暂定）", 30);
        assertThat(admin.bodyText()).contains("2025 年", "2026 年", "已发布", "暂定");
        admin.shot("calendar-2027-provisional");

        admin.click(By.id("edit"));
        admin.waitForText("录入 2027 年的节假日安排", 10);
        assertThat(admin.driver.findElement(By.id("offCount")).getText()).as("the statutory days prefilled")
                .isEqualTo(String.valueOf(statutory.dates(year).size()));
        admin.driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        admin.click(By.id("send"));
        admin.waitForText("2027 年的节假日安排已保存并生效", 30).waitForText("2027 年（已发布）", 30);
        LocalDate bridged = eve.plusDays(4);
        assertThat(admin.driver.findElement(By.cssSelector("td[data-date='" + bridged + "']")).getAttribute("class"))
                .isEqualTo("off");
        assertThat(admin.driver.findElement(By.cssSelector("td[data-date='" + saturday + "']")).getAttribute("class"))
                .isEqualTo("work");
        assertThat(admin.driver.findElement(By.id("banner")).isDisplayed()).as("no warning once 2027 is in").isFalse();
        assertThat(admin.bodyText()).contains("admin　2027 年：新增放假 4 天；新增调休上班 1 天");
        admin.script("window.scrollTo(0, 0);");
        admin.shot("calendar-2027-published");

        // a wrong file is refused row by row, in Chinese, and nothing changes
        Files.write(file, "日期,安排\n2027-02-30,放假\n".getBytes(StandardCharsets.UTF_8));
        admin.click(By.id("edit"));
        admin.driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        admin.click(By.id("send"));
        admin.waitForText("第 2 行：日期“2027-02-30”不是有效的日期", 30);
        admin.shot("calendar-wrong-file-refused");

        admin.driver.manage().window().setSize(new Dimension(390, 844));
        admin.driver.get(admin.url("/calendar/index.html"));
        admin.waitForText("2028 年（暂定）", 30);
        admin.click(By.cssSelector("button[data-year='2027']"));
        admin.waitForText("2027 年（已发布）", 30);
        assertThat(admin.script("return document.documentElement.scrollWidth <= window.innerWidth + 1;"))
                .as("the page fits a phone's width").isEqualTo(true);
        admin.shot("calendar-on-a-phone");

        admin.driver.get(admin.url("/camunda/app/cockpit/default/"));
        admin.waitForText("主动发现工作看板", 30);
        assertThat(admin.bodyText()).doesNotContain("节假日安排尚未录入");
    }
}
