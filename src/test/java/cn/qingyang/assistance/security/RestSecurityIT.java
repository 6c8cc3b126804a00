package cn.qingyang.assistance.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingyang.assistance.Http;
import cn.qingyang.assistance.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The REST APIs are closed to anonymous callers, and the township separation holds through
 * {@code /engine-rest}: a 乔木乡 caseworker never reads a 蓉城镇 instance, task, variable or history.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RestSecurityIT {

    static final String QIAOMU = "341723200";
    static final String RONGCHENG = "341723100";
    static final String LINGTANG = "341723200201";
    static final String PASSWORD = "demo";

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    org.camunda.bpm.engine.AuthorizationService authorizations;

    final ObjectMapper json = new ObjectMapper();
    ProcessInstance qiaomuCase;
    ProcessInstance rongchengCase;
    ProcessInstance lingtangVillageCase;

    /**
     * Once per class, but inside a test (not @BeforeAll): the process coverage recorder of the
     * shared application needs a running test to attribute process events to.
     */
    @BeforeEach
    void deployProbeProcessOnce() {
        if (qiaomuCase != null) {
            return;
        }
        repository.createDeployment().name("security-probe").addModelInstance("SecurityProbe.bpmn",
                Bpmn.createExecutableProcess("SecurityProbe").name("安全探针").camundaHistoryTimeToLive(1)
                        .startEvent().name("已发起")
                        .userTask("Task_TownshipWork").name("乡镇办理").camundaCandidateGroups("${candidateGroup}")
                        .endEvent().name("已办结").done()).deploy();
        qiaomuCase = start(QIAOMU, "township-" + QIAOMU, "乔木乡案件");
        rongchengCase = start(RONGCHENG, "township-" + RONGCHENG, "蓉城镇案件");
        lingtangVillageCase = start(QIAOMU, "village-" + LINGTANG, "凌塘村案件");
    }

    private ProcessInstance start(String township, String candidateGroup, String secret) {
        return runtime.startProcessInstanceByKey("SecurityProbe",
                Map.of("townshipCode", township, "candidateGroup", candidateGroup, "probeSecret", secret));
    }

    @Test
    void anonymousCallersGet401OnEngineRestAndApi() {
        Http anonymous = Http.anonymous(port);
        for (String path : new String[] {"/engine-rest/process-definition", "/engine-rest/task",
                "/engine-rest/deployment/create", "/engine-rest/user", "/api/me", "/api/org-units"}) {
            HttpResponse<String> response = anonymous.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).as(path).hasValueSatisfying(
                    value -> assertThat(value).startsWith("Basic"));
        }
        assertThat(anonymous.get("/api/me").body()).contains("请先登录");
    }

    @Test
    void wrongPasswordGets401AndFailedLoginsAreThrottled() {
        if (identity.createUserQuery().userId("throttle-probe").count() == 0) {
            var user = identity.newUser("throttle-probe");
            user.setPassword("Correct-horse-battery-9");
            identity.saveUser(user);
        }
        assertThat(Http.basic(port, "throttle-probe", "wrong-password").get("/api/me").statusCode()).isEqualTo(401);
        // right after a failed attempt the engine delays the next login: even the right password is refused
        assertThat(Http.basic(port, "throttle-probe", "Correct-horse-battery-9").get("/api/me").statusCode())
                .isEqualTo(401);
    }

    @Test
    void adminGets200() {
        Http admin = Http.basic(port, "admin", PASSWORD);
        assertThat(admin.get("/engine-rest/process-definition").statusCode()).isEqualTo(200);
        assertThat(admin.get("/api/me").statusCode()).isEqualTo(200);
    }

    @Test
    void townshipCaseworkerReadsOnlyOwnTownshipThroughEngineRest() throws Exception {
        Http qiaomu = Http.basic(port, "qiaomu-caseworker", PASSWORD);

        JsonNode instances = body(qiaomu.get("/engine-rest/process-instance?processDefinitionKey=SecurityProbe"));
        assertThat(instances).extracting(n -> n.get("id").asText())
                .containsExactlyInAnyOrder(qiaomuCase.getId(), lingtangVillageCase.getId());
        assertThat(instances).allSatisfy(n -> assertThat(n.get("tenantId").asText()).isEqualTo(QIAOMU));

        assertThat(qiaomu.get("/engine-rest/process-instance/" + rongchengCase.getId()).statusCode()).isIn(403, 404);
        assertThat(qiaomu.get("/engine-rest/process-instance/" + rongchengCase.getId() + "/variables").statusCode())
                .isIn(403, 404);
        String rongchengTask = taskOf(rongchengCase);
        assertThat(qiaomu.get("/engine-rest/task/" + rongchengTask).statusCode()).isIn(403, 404);
        assertThat(qiaomu.get("/engine-rest/task/" + rongchengTask + "/variables").statusCode()).isIn(403, 404);

        JsonNode visibleTasks = body(qiaomu.get("/engine-rest/task?processDefinitionKey=SecurityProbe"));
        assertThat(visibleTasks).extracting(n -> n.get("processInstanceId").asText())
                .containsExactlyInAnyOrder(qiaomuCase.getId(), lingtangVillageCase.getId());

        JsonNode history = body(qiaomu.get("/engine-rest/history/process-instance?processDefinitionKey=SecurityProbe"));
        assertThat(history).extracting(n -> n.get("id").asText()).doesNotContain(rongchengCase.getId());
        JsonNode historicVariables = body(qiaomu.get("/engine-rest/history/variable-instance?variableName=probeSecret"));
        assertThat(historicVariables.toString()).contains("乔木乡案件").doesNotContain("蓉城镇案件");
        assertThat(qiaomu.get("/engine-rest/task?processInstanceId=" + rongchengCase.getId()).body()).isEqualTo("[]");
    }

    @Test
    void aTownshipTeamWorksItsTasksWithoutOneAuthorizationPerTask() throws Exception {
        String qiaomuTask = taskOf(qiaomuCase);
        String villageTask = taskOf(lingtangVillageCase);
        assertThat(authorizations.createAuthorizationQuery().resourceType(org.camunda.bpm.engine.authorization.Resources.TASK)
                .resourceId(qiaomuTask).count()).as("the team's grant on every task of its township covers it").isZero();
        assertThat(authorizations.createAuthorizationQuery().resourceType(org.camunda.bpm.engine.authorization.Resources.TASK)
                .resourceId(villageTask).count()).as("a village team sees only what is offered to it").isOne();

        Http qiaomu = Http.basic(port, "qiaomu-caseworker", PASSWORD);
        assertThat(body(qiaomu.get("/engine-rest/task?candidateGroup=township-" + QIAOMU + "&processDefinitionKey=SecurityProbe")))
                .extracting(n -> n.get("id").asText()).contains(qiaomuTask);
        var claimed = qiaomu.postJson("/engine-rest/task/" + qiaomuTask + "/claim", "{\"userId\":\"qiaomu-caseworker\"}");
        assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(204);
        var returned = qiaomu.postJson("/engine-rest/task/" + qiaomuTask + "/unclaim", "{}");
        assertThat(returned.statusCode()).as(returned.body()).isEqualTo(204);
        Http rongcheng = Http.basic(port, "rongcheng-caseworker", PASSWORD);
        assertThat(rongcheng.postJson("/engine-rest/task/" + qiaomuTask + "/claim", "{\"userId\":\"rongcheng-caseworker\"}")
                .statusCode()).as("another township cannot claim it").isIn(403, 404);
        Http collector = Http.basic(port, "lingtang-collector", PASSWORD);
        assertThat(collector.get("/engine-rest/task/" + qiaomuTask).statusCode()).as("nor a village of the same township")
                .isIn(403, 404);
    }

    @Test
    void villageUserSeesOnlyTheirVillageTasks() throws Exception {
        Http collector = Http.basic(port, "lingtang-collector", PASSWORD);
        JsonNode visible = body(collector.get("/engine-rest/task?processDefinitionKey=SecurityProbe"));
        assertThat(visible).extracting(n -> n.get("processInstanceId").asText())
                .containsExactly(lingtangVillageCase.getId());
        assertThat(collector.get("/engine-rest/process-instance/" + qiaomuCase.getId()).statusCode()).isIn(403, 404);
    }

    @Test
    void countySupervisorReadsEveryTownship() throws Exception {
        Http county = Http.basic(port, "county-supervisor", PASSWORD);
        JsonNode instances = body(county.get("/engine-rest/process-instance?processDefinitionKey=SecurityProbe"));
        assertThat(instances).extracting(n -> n.get("id").asText())
                .contains(qiaomuCase.getId(), rongchengCase.getId(), lingtangVillageCase.getId());
        // read-only: the county cannot cancel a township's case
        var delete = county.send(county.request("/engine-rest/process-instance/" + rongchengCase.getId()).DELETE());
        assertThat(delete.statusCode()).isEqualTo(403);
    }

    @Test
    void rongchengCaseworkerCannotTouchAQiaomuTask() {
        Http rongcheng = Http.basic(port, "rongcheng-caseworker", PASSWORD);
        var complete = rongcheng.postJson("/engine-rest/task/" + taskOf(qiaomuCase) + "/complete", "{}");
        assertThat(complete.statusCode()).isEqualTo(403);
        assertThat(complete.body()).contains("无权访问");
        assertThat(tasks.createTaskQuery().processInstanceId(qiaomuCase.getId()).count()).isEqualTo(1);
    }

    @Test
    void webappSessionAuthenticatesOurApi() throws Exception {
        Http session = Http.webappSession(port, "qiaomu-leader", PASSWORD, "tasklist");
        HttpResponse<String> me = session.get("/api/me");
        assertThat(me.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(me.body());
        assertThat(body.get("id").asText()).isEqualTo("qiaomu-leader");
        assertThat(body.get("tenants").get(0).get("name").asText()).isEqualTo("乔木乡");
        assertThat(body.get("groups")).extracting(g -> g.get("id").asText())
                .containsExactlyInAnyOrder("township-" + QIAOMU, "township-" + QIAOMU + "-leader");
    }

    @Test
    void sessionWithoutCsrfTokenCannotChangeAnything() {
        Http session = Http.webappSession(port, "qiaomu-leader", PASSWORD, "tasklist");
        assertThat(session.postJson("/api/me", "{}").statusCode()).isEqualTo(401);
    }

    @Test
    void ourPagesCanChangeThingsWithTheSessionsCsrfToken() throws Exception {
        Http session = Http.webappSession(port, "qiaomu-caseworker", PASSWORD, "tasklist");
        HttpResponse<String> token = session.get("/api/session/csrf-token");
        assertThat(token.statusCode()).isEqualTo(200);
        String csrf = json.readTree(token.body()).get("token").asText();
        String report = "{\"channel\":\"walk_in\",\"person\":{\"name\":\"韩春花\",\"idNumber\":\"341723193307070712\"},"
                + "\"description\":\"窗口求助\"}";
        HttpResponse<String> created = session.send(session.request("/api/reports").header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", csrf).POST(java.net.http.HttpRequest.BodyPublishers.ofString(report)));
        assertThat(created.statusCode()).as(created.body()).isIn(200, 201);
        assertThat(Http.anonymous(port).get("/api/session/csrf-token").statusCode()).isEqualTo(401);
    }

    private String taskOf(ProcessInstance instance) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
    }

    private JsonNode body(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }
}
