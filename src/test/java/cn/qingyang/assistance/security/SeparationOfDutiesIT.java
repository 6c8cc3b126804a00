package cn.qingyang.assistance.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingyang.assistance.AsyncSteps;
import cn.qingyang.assistance.Http;
import cn.qingyang.assistance.IntegrationTest;
import cn.qingyang.assistance.discovery.CaseFixtures;
import cn.qingyang.assistance.discovery.DiscoveryCaseProcess.DiscoveryCase;
import cn.qingyang.assistance.intake.RegistrationService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 12 §2 over HTTP as the demo users: a township caseworker cannot claim, take or complete
 * the leader's 后置审批 (through /engine-rest or Tasklist's API), and whoever granted the first aid
 * cannot approve it afterwards, not even a leader; another leader can. Each refusal is a 403 with
 * the Chinese reason alone, logged in one line, never an ERROR.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SeparationOfDutiesIT {

    static final String SECOND_LEADER_PASSWORD = "Second-Approver-2026";

    static final String QIAOMU = "341723200";
    static final String ENGINE_API = "/camunda/api/engine/engine/default";
    static final String LEADER_ONLY = "后置审批须由乔木乡主动发现工作小组组长办理。";
    static final String FOUR_EYES = "先行救助由您办理，不能由您本人后置审批（四眼原则）。";

    @LocalServerPort
    int port;
    @Autowired
    RegistrationService registration;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    IdentityService identity;
    @Autowired
    ProcessEngine engine;

    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
    }

    @Test
    void aCaseworkerCannotClaimTakeOrCompleteTheLeadersPostApproval(CapturedOutput output) throws Exception {
        Http caseworker = Http.basic(port, "qiaomu-caseworker", "demo");
        ProcessInstance pi = urgentCaseWaitingForPostApproval(caseworker);
        String approval = task(pi, DiscoveryCase.TASK_APPROVE_AFTERWARDS);

        HttpResponse<String> claim = caseworker.postJson("/engine-rest/task/" + approval + "/claim",
                "{\"userId\":\"qiaomu-caseworker\"}");
        assertRefused(claim, LEADER_ONLY);
        assertRefused(caseworker.postJson("/engine-rest/task/" + approval + "/assignee", "{\"userId\":\"qiaomu-caseworker\"}"),
                LEADER_ONLY);
        assertRefused(caseworker.postJson("/engine-rest/task/" + approval + "/complete", approvedForm()), LEADER_ONLY);
        assertRefused(caseworker.postJson("/engine-rest/task/" + approval + "/submit-form", approvedForm()), LEADER_ONLY);

        Http tasklist = Http.webappSession(port, "qiaomu-caseworker", "demo", "tasklist");
        String token = tasklist.csrfToken(tasklist.get("/camunda/app/tasklist/default/"));
        assertRefused(webappPost(tasklist, token, "/task/" + approval + "/claim", "{\"userId\":\"qiaomu-caseworker\"}"),
                LEADER_ONLY);
        assertRefused(webappPost(tasklist, token, "/task/" + approval + "/submit-form", approvedForm()), LEADER_ONLY);

        assertThat(tasks.createTaskQuery().taskId(approval).singleResult().getAssignee()).as("nobody holds it").isNull();
        assertThat(caseworker.get("/engine-rest/task/" + approval).statusCode()).as("the team still sees it").isEqualTo(200);

        // the leader, who did not grant the aid, approves it: claim in Tasklist, submit the form
        Http leader = Http.webappSession(port, "qiaomu-leader", "demo", "tasklist");
        String leaderToken = leader.csrfToken(leader.get("/camunda/app/tasklist/default/"));
        assertThat(webappPost(leader, leaderToken, "/task/" + approval + "/claim", "{\"userId\":\"qiaomu-leader\"}")
                .statusCode()).isEqualTo(204);
        HttpResponse<String> approved = webappPost(leader, leaderToken, "/task/" + approval + "/submit-form", approvedForm());
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(204);
        assertThat(tasks.createTaskQuery().taskId(approval).count()).isZero();

        assertThat(output.getAll().lines().filter(line -> line.contains("Duty refused")))
                .as("each refusal is one WARN line").isNotEmpty().allMatch(line -> line.contains(" WARN "));
        assertThat(output.getAll()).as("a refusal is no fault").doesNotContain(" ERROR ").doesNotContain("ENGINE-16004");
    }

    @Test
    void whoeverGrantedTheFirstAidCannotApproveItAfterwardsButAnotherLeaderCan(CapturedOutput output) throws Exception {
        ensureSecondLeader();
        Http leader = Http.basic(port, "qiaomu-leader", "demo");
        ProcessInstance pi = urgentCaseWaitingForPostApproval(leader);
        assertThat(runtime.getVariable(pi.getId(), "firstAidGrantedBy")).as("recorded from the login, not a form")
                .isEqualTo("qiaomu-leader");
        String approval = task(pi, DiscoveryCase.TASK_APPROVE_AFTERWARDS);

        assertRefused(leader.postJson("/engine-rest/task/" + approval + "/claim", "{\"userId\":\"qiaomu-leader\"}"), FOUR_EYES);
        assertRefused(leader.postJson("/engine-rest/task/" + approval + "/complete", approvedForm()), FOUR_EYES);
        Http tasklist = Http.webappSession(port, "qiaomu-leader", "demo", "tasklist");
        String token = tasklist.csrfToken(tasklist.get("/camunda/app/tasklist/default/"));
        assertRefused(webappPost(tasklist, token, "/task/" + approval + "/claim", "{\"userId\":\"qiaomu-leader\"}"), FOUR_EYES);
        assertRefused(webappPost(tasklist, token, "/task/" + approval + "/submit-form", approvedForm()), FOUR_EYES);
        // nor may he hand it to a caseworker, who is no leader
        HttpResponse<String> handed = leader.postJson("/engine-rest/task/" + approval + "/assignee",
                "{\"userId\":\"qiaomu-caseworker\"}");
        assertThat(handed.statusCode()).as(handed.body()).isEqualTo(403);
        assertThat(message(handed)).contains("不能把“后置审批”交给 qiaomu-caseworker 办理");

        Http second = Http.basic(port, "qiaomu-leader2", SECOND_LEADER_PASSWORD);
        assertThat(second.postJson("/engine-rest/task/" + approval + "/claim", "{\"userId\":\"qiaomu-leader2\"}").statusCode())
                .isEqualTo(204);
        HttpResponse<String> approved = second.postJson("/engine-rest/task/" + approval + "/complete", approvedForm());
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(204);
        assertThat(output.getAll()).doesNotContain(" ERROR ");
    }

    @Test
    void theLeadersOtherTasksAreReservedToLeadersToo() throws Exception {
        // 协调查找 after three visits without seeing the person
        Http caseworker = Http.basic(port, "qiaomu-caseworker", "demo");
        ProcessInstance pi = open(false);
        for (int visit = 0; visit < 3; visit++) {
            tasks.complete(task(pi, DiscoveryCase.TASK_VISIT_HOUSEHOLD), CaseFixtures.notSeenVisit());
            AsyncSteps.settle(pi);
        }
        String search = task(pi, DiscoveryCase.TASK_COORDINATE_SEARCH);
        assertRefused(caseworker.postJson("/engine-rest/task/" + search + "/claim", "{\"userId\":\"qiaomu-caseworker\"}"),
                "协调查找须由乔木乡主动发现工作小组组长办理。");
        Http leader = Http.basic(port, "qiaomu-leader", "demo");
        assertThat(leader.postJson("/engine-rest/task/" + search + "/claim", "{\"userId\":\"qiaomu-leader\"}").statusCode())
                .isEqualTo(204);
    }

    @Test
    void theEngineItselfAndCallsWithoutALoginPass() {
        ProcessInstance pi = open(true);
        tasks.complete(task(pi, DiscoveryCase.TASK_GRANT_EMERGENCY_AID), java.util.Map.of("aidKind", "CASH", "aidAmount", 500L,
                "aidPurpose", "购买口粮"));
        assertThat(runtime.getVariable(pi.getId(), "firstAidGrantedBy")).as("nobody logged in, nobody recorded").isNull();
    }

    private ProcessInstance urgentCaseWaitingForPostApproval(Http grantor) throws Exception {
        ProcessInstance pi = open(true);
        String grant = task(pi, DiscoveryCase.TASK_GRANT_EMERGENCY_AID);
        HttpResponse<String> granted = grantor.postJson("/engine-rest/task/" + grant + "/complete",
                "{\"variables\":{\"aidKind\":{\"value\":\"CASH\"},\"aidAmount\":{\"value\":2000,\"type\":\"Long\"},"
                        + "\"aidPurpose\":{\"value\":\"购买口粮、衣物和被褥\"}}}");
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(204);
        // after the grant (an async step), the aid is recorded (another one)
        management.executeJob(management.createJobQuery().processInstanceId(pi.getId()).activityId(DiscoveryCase.TASK_GRANT_EMERGENCY_AID)
                .messages().singleResult().getId());
        management.executeJob(management.createJobQuery().processInstanceId(pi.getId()).activityId(DiscoveryCase.TASK_RECORD_EMERGENCY_AID)
                .singleResult().getId());
        tasks.complete(task(pi, DiscoveryCase.TASK_VISIT_HOUSEHOLD), CaseFixtures.completeVisit(pi));
        AsyncSteps.settle(pi);
        return pi;
    }

    private ProcessInstance open(boolean urgent) {
        String caseNumber = registration.register(CaseFixtures.report(CaseFixtures.newIdNumber(), urgent, false),
                CaseFixtures.QIAOMU_CASEWORKER).caseNumber();
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult();
    }

    private String task(ProcessInstance pi, String key) {
        return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult().getId();
    }

    private void ensureSecondLeader() {
        if (identity.createUserQuery().userId("qiaomu-leader2").count() == 0) {
            var user = identity.newUser("qiaomu-leader2");
            user.setFirstName("乔木乡");
            user.setLastName("副组长");
            user.setPassword(SECOND_LEADER_PASSWORD); // the password policy holds for every user but the demo ones
            identity.saveUser(user);
            identity.createMembership("qiaomu-leader2", "township-" + QIAOMU);
            identity.createMembership("qiaomu-leader2", "township-" + QIAOMU + "-leader");
        }
    }

    private static String approvedForm() {
        return "{\"variables\":{\"postApprovalDecision\":{\"value\":\"APPROVED\"},\"postApprovalOpinion\":{\"value\":\"手续齐全，同意\"}}}";
    }

    private HttpResponse<String> webappPost(Http session, String token, String path, String body) {
        return session.send(session.request(ENGINE_API + path).header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", token).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private void assertRefused(HttpResponse<String> response, String reason) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(message(response)).isEqualTo(reason);
    }

    private String message(HttpResponse<String> response) throws Exception {
        JsonNode body = json.readTree(response.body());
        return body.path("message").asText();
    }
}
