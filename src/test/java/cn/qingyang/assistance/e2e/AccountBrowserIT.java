package cn.qingyang.assistance.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A new colleague's first login (issue 12, point 6): the administrator creates the account with
 * an initial password; at the first login Tasklist sends the colleague to 修改密码, where a new
 * password of their own is set, and then back to Tasklist, which works.
 */
class AccountBrowserIT extends BrowserTestBase {

    @Test
    void aNewColleagueChoosesTheirOwnPasswordAtTheFirstLoginAndThenWorksInTasklist() throws Exception {
        String user = "xinlai-clerk-" + System.currentTimeMillis() % 100000;
        String initial = "Chushi-Mima-2026";
        String own = "Ziji-Mima-2026!";
        assertThat(as("admin").postJson("/engine-rest/user/create", """
                {"profile": {"id": "%s", "firstName": "方", "lastName": "新来", "email": "%s@qingyang.invalid"},
                 "credentials": {"password": "%s"}}""".formatted(user, user, initial)).statusCode()).isEqualTo(204);
        assertThat(as("admin").send(as("admin").request("/engine-rest/group/village-" + LINGTANG + "/members/" + user)
                .PUT(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(204);

        try (Page page = new Page(port, Path.of("target", "e2e-screenshots", "AccountBrowserIT", "firstLogin"), 0)) {
            page.driver.get(page.url("/camunda/app/tasklist/default/"));
            page.until("the login form", 60, ExpectedConditions.elementToBeClickable(By.cssSelector("input[type=text]")))
                    .sendKeys(user);
            page.driver.findElement(By.cssSelector("input[type=password]")).sendKeys(initial);
            page.driver.findElement(By.cssSelector("button[type=submit]")).click();

            page.until("the password page", 60, d -> d.getCurrentUrl().contains("/account/password.html"));
            page.waitForText("您的账号由管理员新建", 20);
            page.shot("password-page");
            assertThat(page.bodyText()).contains("当前用户：" + user, "至少 8 个字符", "四类中至少包含 3 类");

            page.driver.findElement(By.id("currentPassword")).sendKeys(initial);
            page.driver.findElement(By.id("newPassword")).sendKeys("abc12345");
            page.driver.findElement(By.id("repeatPassword")).sendKeys("abc12345");
            page.click(By.id("submit"));
            page.waitForText("密码不符合密码策略", 20);
            page.shot("weak-password-refused");

            page.driver.findElement(By.id("newPassword")).clear();
            page.driver.findElement(By.id("newPassword")).sendKeys(own);
            page.driver.findElement(By.id("repeatPassword")).clear();
            page.driver.findElement(By.id("repeatPassword")).sendKeys(own);
            page.click(By.id("submit"));
            page.waitForText("密码已修改", 20);
            page.shot("changed");

            page.until("back in Tasklist", 30, d -> d.getCurrentUrl().contains("/camunda/app/tasklist/"));
            // the task list is a POST: the app's CSRF token survived the detour (the new colleague has no task yet)
            page.until("Tasklist's task list", 60, d -> page.bodyText().contains("未找到与过滤器匹配的任务"));
            page.shot("tasklist-works");
            assertThat(page.bodyText()).doesNotContain("失败").doesNotContain("403");
            assertThat(page.driver.getCurrentUrl()).doesNotContain("/account/password.html");
        }
        assertThat(cn.qingyang.assistance.Http.basic(port, user, own).get("/engine-rest/task").statusCode()).isEqualTo(200);
    }
}
