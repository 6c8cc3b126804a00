package cn.qingyang.assistance.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingyang.assistance.Http;
import cn.qingyang.assistance.IntegrationTest;
import cn.qingyang.assistance.TestIdNumbers;
import cn.qingyang.assistance.intake.RegistrationService;
import cn.qingyang.assistance.intake.ReportRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Issue 6 §6, walked rather than sampled: every operation of /engine-rest (from Camunda's own
 * OpenAPI description) and every /api mapping of ours answers 401 without credentials; one
 * township's user cannot reach another's case through the webapps' API or ours; a full ID number
 * never reaches the log.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SecurityWalkIT {

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    RegistrationService registration;

    final ObjectMapper json = new ObjectMapper();

    private HttpResponse<String> call(Http http, String method, String path) {
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofString("{}");
        return http.send(http.request(path).header("Content-Type", "application/json").method(method, body));
    }

    @Test
    void everyEngineRestOperationNeedsCredentials() throws Exception {
        JsonNode openApi;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("openapi.json")) {
            openApi = json.readTree(in);
        }
        Http anonymous = Http.anonymous(port);
        List<String> open = new ArrayList<>();
        int walked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            String concrete = "/engine-rest" + path.getKey().replaceAll("\\{[^}]+}", "x");
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next().toUpperCase();
                if (!Set.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
                    continue;
                }
                walked++;
                int status = call(anonymous, method, concrete).statusCode();
                if (status != 401) {
                    open.add(method + " " + concrete + " -> " + status);
                }
            }
        }
        assertThat(walked).as("Camunda's REST API has hundreds of operations").isGreaterThan(350);
        assertThat(open).as("operations answering without credentials").isEmpty();
    }

    @Test
    void everyOneOfOurApiMappingsNeedsCredentials() {
        Http anonymous = Http.anonymous(port);
        List<String> open = new ArrayList<>();
        int walked = 0;
        for (var mapping : mappings.getHandlerMethods().keySet()) {
            for (String pattern : mapping.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    walked++;
                    String path = pattern.replaceAll("\\{[^}]+}", "2031-01");
                    int status = call(anonymous, method.name(), path).statusCode();
                    if (status != 401) {
                        open.add(method + " " + path + " -> " + status);
                    }
                }
            }
        }
        for (String docs : List.of("/v3/api-docs", "/swagger-ui/index.html")) {
            walked++;
            int status = anonymous.get(docs).statusCode();
            if (status != 401) {
                open.add("GET " + docs + " -> " + status);
            }
        }
        assertThat(walked).isGreaterThanOrEqualTo(19);
        assertThat(open).as("our endpoints answering without credentials").isEmpty();
    }

    @Test
    void aTownshipCannotReachAnotherTownshipsCaseThroughTheWebappsApiOrOurs(CapturedOutput output) throws Exception {
        String idNumber = TestIdNumbers.withCheckDigit("34172319550505" + String.format("%03d", (int) (System.nanoTime() % 1000)));
        String caseNumber = registration.register(new ReportRequest("walk_in", "341723200", "341723200205", "窗口",
                new ReportRequest.PersonData("安全巡查", idNumber, null), "安全巡查用例", false, false, null),
                new cn.qingyang.assistance.security.CallerScope("admin", List.of("camunda-admin"))).caseNumber();
        JsonNode instance = json.readTree(Http.basic(port, "admin", "demo")
                .get("/engine-rest/process-instance?businessKey=" + caseNumber).body()).get(0);
        String instanceId = instance.get("id").asText();

        Http rongcheng = Http.webappSession(port, "rongcheng-caseworker", "demo", "cockpit");
        String engineApi = "/camunda/api/engine/engine/default";
        assertThat(rongcheng.get(engineApi + "/process-instance/" + instanceId).statusCode()).isIn(403, 404);
        assertThat(rongcheng.get(engineApi + "/process-instance/" + instanceId + "/variables").statusCode()).isIn(403, 404);
        assertThat(rongcheng.get(engineApi + "/history/process-instance/" + instanceId).statusCode()).isIn(403, 404);
        assertThat(rongcheng.get(engineApi + "/task?processInstanceId=" + instanceId).body()).isEqualTo("[]");
        assertThat(rongcheng.get(engineApi + "/history/variable-instance?processInstanceId=" + instanceId).body())
                .isEqualTo("[]");
        assertThat(rongcheng.get("/api/cases/" + caseNumber).statusCode()).isEqualTo(404);
        assertThat(rongcheng.get("/api/ledger?township=341723200").body()).contains("\"total\":0");

        Http qiaomu = Http.webappSession(port, "qiaomu-caseworker", "demo", "cockpit");
        assertThat(qiaomu.get(engineApi + "/process-instance/" + instanceId).statusCode()).isEqualTo(200);
        assertThat(qiaomu.get("/api/cases/" + caseNumber).statusCode()).isEqualTo(200);
        assertThat(Http.anonymous(port).get(engineApi + "/process-instance/" + instanceId).statusCode()).isEqualTo(401);

        assertThat(output.getAll()).as("the full ID number is never logged").doesNotContain(idNumber);
    }
}
