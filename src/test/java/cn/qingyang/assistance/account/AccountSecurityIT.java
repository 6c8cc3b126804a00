package cn.qingyang.assistance.account;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingyang.assistance.Http;
import cn.qingyang.assistance.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;

/**
 * Accounts as people meet them over HTTP (issue 12, point 6): the password policy of every
 * account, the first login after an administrator set the password, the lockout after repeated
 * failures, the idle session timeout and the security headers.
 */
@IntegrationTest
class AccountSecurityIT {

    static final String DEMO = "demo";
    static final String VILLAGE = "village-341723200201";

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identity;
    @Autowired
    ServletWebServerApplicationContext context;

    final ObjectMapper json = new ObjectMapper();

    private Http admin() {
        return Http.basic(port, "admin", DEMO);
    }

    private HttpResponse<String> createUser(Http as, String id, String password) {
        return as.postJson("/engine-rest/user/create", """
                {"profile": {"id": "%s", "firstName": "林", "lastName": "平安", "email": "%s@qingyang.invalid"},
                 "credentials": {"password": "%s"}}""".formatted(id, id, password));
    }

    private JsonNode body(HttpResponse<String> response) throws Exception {
        return json.readTree(response.body());
    }

    // ---- 1. password policy -------------------------------------------------------------------

    @Test
    void theAdminWebappShowsThePolicyInChineseAndTheEngineEnforcesIt() throws Exception {
        HttpResponse<String> policy = admin().get("/engine-rest/identity/password-policy");
        assertThat(policy.statusCode()).as(policy.body()).isEqualTo(200);
        JsonNode rules = body(policy).get("rules");
        assertThat(rules).extracting(rule -> rule.get("placeholder").asText()).containsExactly("PASSWORD_POLICY_LENGTH",
                "PASSWORD_POLICY_CHARACTER_CLASSES", "PASSWORD_POLICY_USER_DATA", "PASSWORD_POLICY_COMMON");
        assertThat(rules.get(0).get("parameter").get("minLength").asText()).isEqualTo("8");
        assertThat(rules.get(1).get("parameter").get("minClasses").asText()).isEqualTo("3");
        // the Admin webapp translates each placeholder: every one has its Chinese text
        JsonNode labels = json.readTree(Http.anonymous(port).get("/camunda/app/admin/locales/zh.json").body()).get("labels");
        for (JsonNode rule : rules) {
            assertThat(labels.get(rule.get("placeholder").asText())).as(rule.toString()).isNotNull();
        }
        assertThat(labels.get("PASSWORD_POLICY_CHARACTER_CLASSES").asText()).contains("{{minClasses}}").contains("四类");

        // what the Admin webapp asks while one types
        HttpResponse<String> check = admin().postJson("/engine-rest/identity/password-policy",
                "{\"password\": \"demo\", \"profile\": {\"id\": \"new-clerk\"}}");
        assertThat(body(check).get("valid").asBoolean()).isFalse();

        HttpResponse<String> weak = createUser(admin(), "weak-clerk", DEMO);
        assertThat(weak.statusCode()).as(weak.body()).isEqualTo(400);
        assertThat(body(weak).get("message").asText()).startsWith("密码不符合密码策略").contains("至少 8 个字符")
                .contains("四类中至少包含 3 类");
        HttpResponse<String> ownName = createUser(admin(), "weak-clerk", "Weak-clerk-2026");
        assertThat(ownName.statusCode()).as(ownName.body()).isEqualTo(400);
        assertThat(identity.createUserQuery().userId("weak-clerk").count()).isZero();

        // the same through the Admin webapp's own API, as its "新建用户" page sends it
        Http adminApp = Http.webappSession(port, "admin", DEMO, "admin");
        String csrf = adminApp.csrfToken(adminApp.get("/camunda/app/admin/default/"));
        HttpResponse<String> viaAdminApp = adminApp.send(adminApp.request("/camunda/api/engine/engine/default/user/create")
                .header("Content-Type", "application/json").header("X-XSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString("{\"profile\": {\"id\": \"weak-clerk\"}, \"credentials\": {\"password\": \"12345678\"}}")));
        assertThat(viaAdminApp.statusCode()).as(viaAdminApp.body()).isEqualTo(400);
        assertThat(body(viaAdminApp).get("message").asText()).startsWith("密码不符合密码策略");
    }

    @Test
    void demoUsersKeepTheirDemoPasswordAndAreNotForcedToChangeIt() throws Exception {
        for (String user : List.of("admin", "qiaomu-caseworker", "county-supervisor", "bigdata-platform")) {
            Http demo = Http.basic(port, user, DEMO);
            assertThat(demo.get("/engine-rest/task").statusCode()).as(user).isEqualTo(200);
            HttpResponse<String> state = demo.get("/api/account/password");
            assertThat(state.statusCode()).as(user).isEqualTo(200);
            assertThat(body(state).get("changeRequired").asBoolean()).as(user).isFalse();
        }
    }

    // ---- 2. first login --------------------------------------------------------------------------

    @Test
    void anAccountAnAdministratorCreatedMustChooseItsOwnPasswordBeforeWorking() throws Exception {
        String initial = "Chuzhi-2026!";
        assertThat(createUser(admin(), "pingan-clerk", initial).statusCode()).isEqualTo(204);
        assertThat(admin().send(admin().request("/engine-rest/group/" + VILLAGE + "/members/pingan-clerk")
                .PUT(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(204);

        Http basic = Http.basic(port, "pingan-clerk", initial);
        HttpResponse<String> task = basic.get("/engine-rest/task");
        assertThat(task.statusCode()).isEqualTo(403);
        assertThat(body(task).get("message").asText()).contains("请先修改密码").contains("/account/password.html");
        assertThat(task.headers().firstValue("X-Password-Change-Required")).hasValue("/account/password.html");
        HttpResponse<String> me = basic.get("/api/me");
        assertThat(me.statusCode()).isEqualTo(403);
        assertThat(body(me).get("error").get("code").asText()).isEqualTo("PASSWORD_CHANGE_REQUIRED");
        for (String detour : List.of("/api/account/../me", "/api/account/%2e%2e/me", "/api/account/..;/me",
                "/engine-rest/identity/password-policy/../../task")) {
            assertThat(basic.get(detour).statusCode()).as(detour).isNotEqualTo(200);
        }

        // Tasklist: the login works, the work does not, the page does
        Http tasklist = Http.webappSession(port, "pingan-clerk", initial, "tasklist");
        assertThat(tasklist.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(200);
        assertThat(tasklist.get("/camunda/api/engine/engine/").statusCode()).as("where the app gets its CSRF token").isEqualTo(200);
        HttpResponse<String> tasks = tasklist.get("/camunda/api/engine/engine/default/task");
        assertThat(tasks.statusCode()).isEqualTo(403);
        assertThat(body(tasks).get("message").asText()).contains("/account/password.html");
        assertThat(tasklist.get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics").statusCode())
                .isEqualTo(403);
        JsonNode state = body(tasklist.get("/api/account/password"));
        assertThat(state.get("changeRequired").asBoolean()).isTrue();
        assertThat(state.get("reason").asText()).contains("管理员新建");
        assertThat(state.get("rules").get(0).asText()).isEqualTo("至少 8 个字符");

        String csrf = json.readTree(tasklist.get("/api/session/csrf-token").body()).get("token").asText();
        HttpResponse<String> weak = change(tasklist, csrf, initial, "pingan123");
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(body(weak).get("error").get("message").asText()).startsWith("密码不符合密码策略").contains("四类中至少包含 3 类");
        HttpResponse<String> same = change(tasklist, csrf, initial, initial);
        assertThat(same.statusCode()).isEqualTo(400);
        assertThat(body(same).get("error").get("message").asText()).isEqualTo("新密码不能与当前密码相同。");
        HttpResponse<String> changed = change(tasklist, csrf, initial, "Pingan-Own-2026");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);

        assertThat(tasklist.get("/camunda/api/engine/engine/default/task").statusCode()).isEqualTo(200);
        assertThat(Http.basic(port, "pingan-clerk", "Pingan-Own-2026").get("/engine-rest/task").statusCode()).isEqualTo(200);
        assertThat(Http.basic(port, "pingan-clerk", "Pingan-Own-2026").get("/api/me").statusCode()).isEqualTo(200);

        // an administrator's reset forces a change again
        HttpResponse<String> reset = admin().send(admin().request("/engine-rest/user/pingan-clerk/credentials")
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"password\": \"Reset-2026-pw\", \"authenticatedUserPassword\": \"demo\"}")));
        assertThat(reset.statusCode()).as(reset.body()).isEqualTo(204);
        Http afterReset = Http.basic(port, "pingan-clerk", "Reset-2026-pw");
        assertThat(afterReset.get("/engine-rest/task").statusCode()).isEqualTo(403);
        assertThat(body(afterReset.get("/api/account/password")).get("reason").asText()).contains("重置");
        HttpResponse<String> byBasic = afterReset.postJson("/api/account/password",
                "{\"currentPassword\": \"Reset-2026-pw\", \"newPassword\": \"Pingan-Again-2027\"}");
        assertThat(byBasic.statusCode()).as(byBasic.body()).isEqualTo(204);
        assertThat(Http.basic(port, "pingan-clerk", "Pingan-Again-2027").get("/engine-rest/task").statusCode()).isEqualTo(200);

        createUser(admin(), "pingan-clerk-2", initial);
        assertThat(Http.basic(port, "pingan-clerk-2", "Wrong-2026-pw").get("/api/me").statusCode())
                .as("a wrong password is still a 401, telling nothing about the change").isEqualTo(401);
    }

    @Test
    void thePasswordPageAndTheWebappsGuardAreServed() {
        HttpResponse<String> page = Http.anonymous(port).get("/account/password.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("修改密码").contains("password.js").doesNotContain("<script>");
        assertThat(Http.anonymous(port).get("/account/password-change-guard.js").body()).contains("X-Password-Change-Required");
        for (String app : List.of("tasklist", "cockpit", "admin", "welcome")) {
            assertThat(Http.anonymous(port).get("/camunda/app/" + app + "/scripts/config.js").body()).as(app)
                    .contains("'../../../account/password-change-guard'");
        }
    }

    private static HttpResponse<String> change(Http session, String csrf, String current, String next) {
        return session.send(session.request("/api/account/password").header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", csrf).POST(HttpRequest.BodyPublishers.ofString(
                        "{\"currentPassword\": \"" + current + "\", \"newPassword\": \"" + next + "\"}")));
    }

    // ---- 3. lockout ------------------------------------------------------------------------------

    /**
     * The test profile locks after 3 failures (loginMaxAttempts; 5 by default). A failure inside
     * the delay after the previous one is refused without counting, so each waits it out (3 s,
     * then 6 s); the three ways in fail side by side.
     */
    @Test
    void afterRepeatedFailuresEvenTheRightPasswordIsRefusedUntilAnAdministratorUnlocks() throws Exception {
        String right = "Lock-Test-2026";
        for (String id : List.of("lock-rest", "lock-api", "lock-web")) {
            if (identity.createUserQuery().userId(id).count() == 0) {
                var user = identity.newUser(id);
                user.setPassword(right);
                identity.saveUser(user);
                identity.createMembership(id, VILLAGE); // a village team may use Tasklist
            }
        }
        for (int failure = 1; failure <= 3; failure++) {
            assertThat(Http.basic(port, "lock-rest", "Wrong-" + failure).get("/engine-rest/task").statusCode()).isEqualTo(401);
            assertThat(Http.basic(port, "lock-api", "Wrong-" + failure).get("/api/me").statusCode()).isEqualTo(401);
            assertThat(webappLogin("lock-web", "Wrong-" + failure)).isEqualTo(401);
            if (failure < 3) {
                Thread.sleep(3_000L * (1L << (failure - 1)) + 300);
            }
        }
        Thread.sleep(1_000); // no delay is left to blame: the accounts are locked

        assertThat(Http.basic(port, "lock-rest", right).get("/engine-rest/task").statusCode()).isEqualTo(401);
        HttpResponse<String> api = Http.basic(port, "lock-api", right).get("/api/me");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(body(api).get("error").get("message").asText()).contains("连续 3 次登录失败被锁定").contains("请联系系统管理员解锁");
        assertThat(webappLogin("lock-web", right)).isEqualTo(401);

        // the administrator unlocks: through /engine-rest, and through the Admin webapp's API
        assertThat(admin().postJson("/engine-rest/user/lock-rest/unlock", "").statusCode()).isEqualTo(204);
        assertThat(admin().postJson("/engine-rest/user/lock-api/unlock", "").statusCode()).isEqualTo(204);
        Http adminApp = Http.webappSession(port, "admin", DEMO, "admin");
        String csrf = adminApp.csrfToken(adminApp.get("/camunda/app/admin/default/"));
        assertThat(adminApp.send(adminApp.request("/camunda/api/engine/engine/default/user/lock-web/unlock")
                .header("X-XSRF-TOKEN", csrf).POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(204);

        assertThat(Http.basic(port, "lock-rest", right).get("/engine-rest/task").statusCode()).isEqualTo(200);
        assertThat(Http.basic(port, "lock-api", right).get("/api/me").statusCode()).isEqualTo(200);
        assertThat(webappLogin("lock-web", right)).isEqualTo(200);
        // a user cannot unlock others (nor anyone without the administrator's rights)
        assertThat(Http.basic(port, "qiaomu-caseworker", DEMO).postJson("/engine-rest/user/lock-rest/unlock", "").statusCode())
                .isEqualTo(403);
    }

    /** The Tasklist login form, as a browser sends it; the status of the login request. */
    private int webappLogin(String user, String password) {
        Http session = Http.anonymous(port);
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        try {
            String base = "http://localhost:" + port;
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                    + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
            return client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-XSRF-TOKEN", session.csrfToken(page))
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- 4. idle session timeout -----------------------------------------------------------------

    @Test
    void aSessionIdleLongerThanTheTimeoutIsRefused() throws Exception {
        Context webapp = (Context) ((TomcatWebServer) context.getWebServer()).getTomcat().getHost().findChildren()[0];
        assertThat(webapp.getSessionTimeout()).as("minutes").isEqualTo(30);

        Http tasklist = Http.webappSession(port, "lingtang-collector", DEMO, "tasklist");
        assertThat(tasklist.get("/api/me").statusCode()).isEqualTo(200);
        Session session = sessionOf(webapp, "lingtang-collector");
        assertThat(session.getMaxInactiveInterval()).isEqualTo(30 * 60);

        // 30 idle minutes, shortened: the same session with one second to live
        session.setMaxInactiveInterval(1);
        Thread.sleep(2_000);
        assertThat(tasklist.get("/api/me").statusCode()).isEqualTo(401);
        assertThat(tasklist.get("/camunda/api/engine/engine/default/task").statusCode()).isEqualTo(401);
        assertThat(tasklist.get("/camunda/api/admin/auth/user/default").statusCode()).isIn(401, 404);
    }

    private static Session sessionOf(Context webapp, String userId) {
        for (Session session : webapp.getManager().findSessions()) {
            Authentications authentications = AuthenticationUtil.getAuthsFromSession(session.getSession());
            if (authentications != null && authentications.getAuthentications().stream()
                    .anyMatch(a -> userId.equals(a.getName()))) {
                return session;
            }
        }
        throw new AssertionError("no session of " + userId);
    }

    // ---- 5. security headers ---------------------------------------------------------------------

    @Test
    void ourPagesAndApiSendSecurityHeaders() {
        Http anonymous = Http.anonymous(port);
        for (String page : List.of("/roster/index.html", "/account/password.html")) {
            HttpResponse<String> response = anonymous.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(page).contains("frame-ancestors 'none'").contains("script-src 'self';").contains("object-src 'none'");
            assertCommonHeaders(response, page);
        }
        assertThat(anonymous.get("/roster/index.html").body()).as("no inline script the policy would block")
                .contains("<script src=\"roster.js\"></script>").doesNotContain("<script>").doesNotContain("<style>");

        for (HttpResponse<String> response : List.of(Http.basic(port, "qiaomu-caseworker", DEMO).get("/api/me"),
                anonymous.get("/api/me"), admin().get("/v3/api-docs"))) {
            String path = response.uri().getPath();
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValue("default-src 'none'; frame-ancestors 'none'");
            assertCommonHeaders(response, path);
        }
        HttpResponse<String> swagger = admin().get("/swagger-ui/index.html");
        assertThat(swagger.statusCode()).isEqualTo(200);
        assertThat(swagger.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("script-src 'self';").contains("frame-ancestors 'none'"));
        assertCommonHeaders(swagger, "/swagger-ui/index.html");
    }

    @Test
    void camundasWebappsKeepTheirPolicyAndGetTheMissingHeaders() {
        HttpResponse<String> tasklist = Http.anonymous(port).get("/camunda/app/tasklist/default/");
        assertThat(tasklist.statusCode()).isEqualTo(200);
        String csp = tasklist.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).contains("'nonce-").contains("'strict-dynamic'").contains("frame-ancestors 'none'")
                .contains("object-src 'none'").contains("base-uri 'self'");
        assertThat(tasklist.body()).contains("nonce=");
        assertCommonHeaders(tasklist, "/camunda/app/tasklist/default/");
    }

    private static void assertCommonHeaders(HttpResponse<String> response, String what) {
        assertThat(response.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).as(what).hasValue("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).as(what).hasValue("same-origin");
    }
}
