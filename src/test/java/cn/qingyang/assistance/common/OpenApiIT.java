package cn.qingyang.assistance.common;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingyang.assistance.Http;
import cn.qingyang.assistance.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The OpenAPI document and Swagger UI of our API: behind the same login as {@code /api}, only
 * {@code /api/**} described, with Chinese descriptions and examples.
 */
@IntegrationTest
class OpenApiIT {

    static final String[] PROTECTED = {"/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/swagger-config", "/swagger-ui.html",
            "/swagger-ui/index.html", "/swagger-ui/swagger-initializer.js"};
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Test
    void anonymousCallersGet401WithAChineseMessage() throws Exception {
        Http anonymous = Http.anonymous(port);
        for (String path : PROTECTED) {
            HttpResponse<String> response = anonymous.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(JSON.readTree(response.body()).get("error").get("message").asText()).as(path).contains("请先登录");
        }
    }

    @Test
    void theAdministratorReadsTheDocumentAndTheSwaggerUi() {
        Http admin = Http.basic(port, "admin", "demo");
        assertThat(admin.get("/v3/api-docs").statusCode()).isEqualTo(200);
        HttpResponse<String> yaml = admin.send(admin.request("/v3/api-docs.yaml").setHeader("Accept", "*/*").GET());
        assertThat(yaml.statusCode()).isEqualTo(200);
        assertThat(yaml.body()).contains("青阳县社会救助主动发现 API");
        HttpResponse<String> ui = admin.get("/swagger-ui/index.html");
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");
        HttpResponse<String> shortcut = admin.get("/swagger-ui.html");
        assertThat(shortcut.statusCode()).isEqualTo(302);
        assertThat(shortcut.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/swagger-ui/index.html"));
        assertThat(admin.get("/v3/api-docs/swagger-config").statusCode()).isEqualTo(200);
    }

    @Test
    void aLoggedInTasklistUserReadsTheDocumentToo() {
        Http session = Http.webappSession(port, "county-supervisor", "demo", "tasklist");
        assertThat(session.get("/v3/api-docs").statusCode()).isEqualTo(200);
        assertThat(session.get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
    }

    @Test
    void theDocumentDescribesOurApiOnlyInChinese() throws Exception {
        HttpResponse<String> response = Http.basic(port, "admin", "demo").get("/v3/api-docs");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode document = JSON.readTree(response.body());

        assertThat(document.get("info").get("title").asText()).isEqualTo("青阳县社会救助主动发现 API");
        assertThat(document.get("info").get("description").asText()).contains("民政局");
        List<String> paths = new ArrayList<>();
        document.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).contains("/api/reports", "/api/alerts", "/api/cases/{caseNumber}", "/api/me", "/api/org-units")
                .allMatch(p -> p.startsWith("/api/"));

        JsonNode alerts = document.get("paths").get("/api/alerts").get("post");
        assertThat(alerts.get("summary").asText()).isEqualTo("推送大数据预警（批量）");
        assertThat(alerts.get("responses").fieldNames()).toIterable().contains("200", "400", "401", "403");
        assertThat(document.get("paths").get("/api/reports").get("post").get("responses").fieldNames()).toIterable()
                .contains("200", "201", "400", "403", "409");
        assertThat(document.get("paths").get("/api/cases/{caseNumber}").get("get").get("summary").asText()).isEqualTo("查询案件");

        String text = response.body();
        assertThat(text).contains("周桂英", "大数据预警：支出骤增（医疗支出 3 个月 45,000 元）", "身份证号码校验位不正确",
                "341723********0119", "乔木乡主动发现工作小组");
        assertThat(text).doesNotContain("/engine-rest");
    }
}
