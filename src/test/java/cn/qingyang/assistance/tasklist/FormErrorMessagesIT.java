package cn.qingyang.assistance.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingyang.assistance.Http;
import cn.qingyang.assistance.IntegrationTest;
import cn.qingyang.assistance.TestIdNumbers;
import cn.qingyang.assistance.discovery.DiscoveryCaseProcess.DiscoveryCase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a caseworker reads when Tasklist refuses a form: our Chinese reason alone, not behind the
 * engine's "Cannot submit task form <id>:" or "Cannot instantiate process definition <id>:".
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class FormErrorMessagesIT {

    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;

    @Test
    void aRefusedVisitFormInTasklistShowsOnlyTheChineseReason(CapturedOutput log) throws Exception {
        String caseNumber = report("乔木乡", TestIdNumbers.withCheckDigit("34172319661212" + "121"));
        Task visit = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(DiscoveryCase.TASK_VISIT_HOUSEHOLD)
                .singleResult();
        Http tasklist = Http.webappSession(port, "qiaomu-caseworker", "demo", "tasklist");
        String token = tasklist.csrfToken(tasklist.get("/camunda/app/tasklist/default/"));

        HttpResponse<String> refused = tasklist.send(tasklist.request("/camunda/api/engine/engine/default/task/"
                        + visit.getId() + "/submit-form").header("Content-Type", "application/json").header("X-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"variables\":{\"investigator1\":{\"value\":\"王建华\"}}}")));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        String message = JSON.readTree(refused.body()).get("message").asText();
        assertThat(message).startsWith("走访记录不完整，不能提交：请填写走访日期").doesNotContain("Cannot", visit.getId());
        assertThat(tasks.createTaskQuery().taskId(visit.getId()).count()).as("the task stays open").isEqualTo(1);
        assertThat(log.getOut().lines().filter(line -> line.contains("走访记录不完整")))
                .as("a person's typing mistake is no error in the operators' log (UserMistakesNotErrors)")
                .noneMatch(line -> line.contains(" ERROR ") || line.contains(" WARN "));
    }

    @Test
    void aFaultThatIsNoFormMistakeIsStillLoggedAsAnError(CapturedOutput log) {
        // ReportIntake started outside Tasklist, without a logged-in user: refused, and worth an operator's look
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> runtime.startProcessInstanceByKey("ReportIntake"))
                .hasMessageContaining("请登录后");
        assertThat(log.getOut().lines().filter(line -> line.contains("ENGINE-16004") && line.contains("请登录后")))
                .as("logged at ERROR as before").anyMatch(line -> line.contains(" ERROR "));
    }

    @Test
    void aRefusedStartFormShowsOnlyTheChineseReason(CapturedOutput log) throws Exception {
        String valid = TestIdNumbers.withCheckDigit("34172319661213" + "131");
        String wrong = valid.substring(0, 17) + (valid.charAt(17) == '1' ? '2' : '1');
        ObjectNode form = JSON.createObjectNode();
        ObjectNode variables = form.putObject("variables");
        variables.putObject("channel").put("value", "village_sweep");
        variables.putObject("personName").put("value", "钱桂花");
        variables.putObject("idNumber").put("value", wrong);
        variables.putObject("description").put("value", "独居老人，行动不便");
        variables.putObject("urgent").put("value", false).put("type", "Boolean");

        HttpResponse<String> refused = Http.basic(port, "lingtang-collector", "demo")
                .postJson("/engine-rest/process-definition/key/ReportIntake/submit-form", form.toString());

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).get("message").asText()).startsWith("上报未受理")
                .contains("身份证号码校验位不正确").doesNotContain("Cannot", "ReportIntake:");
        assertThat(log.getOut().lines().filter(line -> line.contains("身份证号码校验位不正确")))
                .noneMatch(line -> line.contains(" ERROR ") || line.contains(" WARN "));
    }

    @Test
    void aMachineErrorKeepsTheEnginesWords() throws Exception {
        HttpResponse<String> missing = Http.basic(port, "qiaomu-caseworker", "demo")
                .postJson("/engine-rest/task/no-such-task/submit-form", "{\"variables\":{}}");

        assertThat(missing.statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(JSON.readTree(missing.body()).get("message").asText()).startsWith("Cannot submit task form no-such-task");
    }

    private String report(String township, String idNumber) throws Exception {
        ObjectNode report = JSON.createObjectNode().put("channel", "village_sweep").put("reporter", "村委会")
                .put("description", "家中老人卧病，生活困难").put("urgent", false);
        report.putObject("person").put("name", "钱秀梅").put("idNumber", idNumber).put("phone", "13955667788");
        HttpResponse<String> answer = Http.basic(port, "qiaomu-caseworker", "demo").postJson("/api/reports", report.toString());
        assertThat(answer.statusCode()).as(township + ": " + answer.body()).isEqualTo(201);
        JsonNode body = JSON.readTree(answer.body());
        return body.get("caseNumber").asText();
    }
}
