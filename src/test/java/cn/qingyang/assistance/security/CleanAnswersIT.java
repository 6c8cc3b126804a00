package cn.qingyang.assistance.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingyang.assistance.Http;
import cn.qingyang.assistance.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 12 §7, walked: every GET of Camunda's REST API (its own OpenAPI description), with the id
 * of a task and an instance that have ended, or an id that never existed, as a township
 * caseworker and as the county, through {@code /engine-rest} and through the webapps' engine API
 * (Cockpit, Tasklist): never a 500, and never an ERROR in the log.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CleanAnswersIT {

    static final String QIAOMU = "341723200";

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    final ObjectMapper json = new ObjectMapper();
    String endedInstance;
    String endedTask;

    /** Inside a test, not @BeforeAll: the shared application's coverage recorder needs a running test. */
    @BeforeEach
    void endOneCase() {
        if (endedInstance != null) {
            return;
        }
        repository.createDeployment().name("clean-answers-probe").addModelInstance("CleanAnswersProbe.bpmn",
                Bpmn.createExecutableProcess("CleanAnswersProbe").name("清晰应答探针").camundaHistoryTimeToLive(1)
                        .startEvent().name("已发起")
                        .userTask("Task_ProbeWork").name("乡镇办理").camundaCandidateGroups("township-" + QIAOMU)
                        .endEvent().name("已办结").done()).deploy();
        ProcessInstance instance = runtime.startProcessInstanceByKey("CleanAnswersProbe", Map.of("townshipCode", QIAOMU));
        String task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
        tasks.complete(task);
        endedInstance = instance.getId();
        endedTask = task;
    }

    @Test
    void anEndedTaskOrInstanceAnswers404NotAServerError() throws Exception {
        for (Http user : List.of(Http.basic(port, "qiaomu-caseworker", "demo"), Http.basic(port, "county-supervisor", "demo"))) {
            HttpResponse<String> variables = user.get("/engine-rest/task/" + endedTask + "/variables");
            assertThat(variables.statusCode()).as(variables.body()).isEqualTo(404);
            assertThat(json.readTree(variables.body()).path("message").asText()).startsWith("未找到该记录");
            assertThat(user.get("/engine-rest/process-instance/" + endedInstance + "/variables").statusCode()).isEqualTo(404);
        }
        Http cockpit = Http.webappSession(port, "county-supervisor", "demo", "cockpit");
        assertThat(cockpit.get("/camunda/api/engine/engine/default/task/" + endedTask + "/variables").statusCode())
                .isEqualTo(404);
        assertThat(cockpit.get("/camunda/api/engine/engine/default/process-instance/" + endedInstance + "/variables")
                .statusCode()).isEqualTo(404);
    }

    @Test
    void everyGetWithAnEndedOrUnknownIdAnswersWithoutAServerError(CapturedOutput output) throws Exception {
        JsonNode openApi;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("openapi.json")) {
            openApi = json.readTree(in);
        }
        List<String> serverErrors = new ArrayList<>();
        int walked = 0;
        for (String user : List.of("qiaomu-caseworker", "county-supervisor")) {
            Http basic = Http.basic(port, user, "demo");
            Http webapp = Http.webappSession(port, user, "demo", "cockpit");
            for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.get("paths").fields(); paths.hasNext(); ) {
                Map.Entry<String, JsonNode> path = paths.next();
                if (!path.getValue().has("get") || !path.getKey().contains("{")) {
                    continue;
                }
                String concrete = concrete(path.getKey());
                for (String prefix : List.of("/engine-rest", "/camunda/api/engine/engine/default")) {
                    Http http = prefix.startsWith("/engine-rest") ? basic : webapp;
                    walked++;
                    HttpResponse<String> response = http.get(prefix + concrete);
                    if (response.statusCode() >= 500) {
                        serverErrors.add(user + " GET " + prefix + concrete + " -> " + response.statusCode() + " "
                                + response.body().lines().findFirst().orElse(""));
                    }
                }
            }
        }
        assertThat(walked).as("Camunda's GETs with an id, two users, two APIs").isGreaterThan(400);
        assertThat(serverErrors).as("server errors for an ended or unknown id").isEmpty();
        assertThat(output.getAll().lines().filter(line -> line.contains(" ERROR ")))
                .as("an ended or unknown record is no fault for the operators' log").isEmpty();
    }

    /** The path with the ended task's or instance's id where the resource takes one, else an unknown id. */
    private String concrete(String template) {
        String id = template.startsWith("/task/") ? endedTask
                : template.startsWith("/process-instance/") || template.startsWith("/execution/")
                        || template.startsWith("/history/process-instance/") ? endedInstance
                : "unknown-id";
        return template.replace("{id}", id).replaceAll("\\{[^}]+}", "unknown");
    }
}
