package cn.qingyang.assistance.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingyang.assistance.discovery.DiscoveryCaseProcess.DiscoveryCase;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The county in Cockpit (监控中心): the DiscoveryCase diagram with its running instances and an
 * incident, the 主动发现工作看板 dashboard; an administrator deploys a changed diagram as Camunda
 * Modeler does; markup an administrator puts into a variable never runs. The deployment comes
 * last: it changes the diagram every later case would use.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SupervisorBrowserIT extends BrowserTestBase {

    @Test
    @Order(1)
    void theCountySupervisorSeesRunningCasesAnIncidentAndTheDashboardInCockpit(TestInfo info) throws Exception {
        report("冯春生", newIdNumber(), "患慢性肾病，长期服药，家庭收入低", false);
        report("褚秀珍", newIdNumber(), "丈夫外出务工失联，独自照顾瘫痪婆婆", false);
        String urgent = report("卫国强", newIdNumber(), "突发脑梗住院，家中无其他劳动力", true);
        String definitionId = json(as("admin").get("/engine-rest/process-definition/key/DiscoveryCase"), 200).get("id").asText();

        // An incident on a real case. In this JVM the outside systems cannot be taken down (the
        // switches of OutsideWorld live in the test JVM of the other integration tests, and the
        // default outbox implementations do not fail), and no delegate of DiscoveryCase fails on
        // valid data. So the operator's route: the case's real job (the 24-hour timer of 先行救助)
        // gets its retries set to 0 with the engine's job-retries call (what Cockpit's "set
        // retries" does); the engine records that as a failedJob incident. Cockpit's "retry" on
        // incidents from a real failure is OutsideSystemsIT's subject.
        String instanceId = caseFile(urgent).get("processInstanceId").asText();
        JsonNode job = json(as("admin").get("/engine-rest/job?processInstanceId=" + instanceId), 200).get(0);
        assertThat(as("admin").send(as("admin").request("/engine-rest/job/" + job.get("id").asText() + "/retries")
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"retries\": 0}")))
                .statusCode()).isEqualTo(204);
        JsonNode incidents = json(as("admin").get("/engine-rest/incident?processInstanceId=" + instanceId), 200);
        assertThat(incidents).hasSize(1);
        String incidentActivity = incidents.get(0).get("activityId").asText();

        Page supervisor = browser(info, "county-supervisor", "cockpit");
        supervisor.until("the dashboard's charts", 60, d -> !d.findElements(By.cssSelector(".qy-dashboard svg")).isEmpty());
        supervisor.waitForText("主动发现工作看板", 10);
        WebElement dashboard = supervisor.driver.findElement(By.cssSelector(".qy-dashboard"));
        supervisor.scrollTo(dashboard);
        supervisor.shot("dashboard");
        assertThat(supervisor.bodyText()).contains("青阳县民政局 监控中心", "运行中的流程实例", "未解决的故障");
        assertThat(dashboard.getText()).contains("范围：全县各乡镇", "各渠道报告数（按月）", "在办事项（按办理环节）",
                "逾期任务（按乡镇）", "各乡镇工作情况", "乔木乡", "入户调查评估");
        assertThat(dashboard.findElements(By.cssSelector("svg rect")).size()).as("bars drawn").isGreaterThanOrEqualTo(2);
        JsonNode figures = json(as("county-supervisor").get("/api/oversight/dashboard?months=6"), 200);
        JsonNode qiaomu = null;
        for (JsonNode township : figures.get("townships")) {
            if (township.get("name").asText().equals("乔木乡")) {
                qiaomu = township;
            }
        }
        assertThat(qiaomu).isNotNull();
        String qiaomuRow = supervisor.text(By.xpath("//table[contains(@class,'qy-table')]//tr[td[1][normalize-space()='乔木乡']]"));
        assertThat(qiaomuRow).as("the table's 乔木乡 row: open cases").contains(" " + qiaomu.get("openCases").asText() + " ");

        supervisor.driver.get(supervisor.url("/camunda/app/cockpit/default/#/process-definition/" + definitionId + "/runtime"));
        By visitCount = By.cssSelector(".djs-overlays[data-container-id='Task_VisitHousehold'] .instance-count");
        supervisor.until("the running instances on the diagram", 60,
                org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(visitCount));
        By incidentBadge = By.cssSelector(".djs-overlays[data-container-id='" + incidentActivity + "'] .instance-incidents");
        supervisor.until("the incident on the diagram", 30,
                org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(incidentBadge));
        supervisor.shot("discovery-case-diagram");
        long atVisit = 0;
        long incidentsThere = 0;
        for (JsonNode activity : json(as("county-supervisor").get("/engine-rest/process-definition/" + definitionId
                + "/statistics?incidents=true"), 200)) {
            if (activity.get("id").asText().equals(DiscoveryCase.TASK_VISIT_HOUSEHOLD)) {
                atVisit = activity.get("instances").asLong();
            }
            if (activity.get("id").asText().equals(incidentActivity)) {
                for (JsonNode kind : activity.get("incidents")) {
                    incidentsThere += kind.get("incidentCount").asLong();
                }
            }
        }
        assertThat(supervisor.text(visitCount)).as("instances at 入户调查评估").isEqualTo(String.valueOf(atVisit)).isNotEqualTo("0");
        assertThat(incidentsThere).isPositive();
        assertThat(supervisor.text(incidentBadge)).isEqualTo(String.valueOf(incidentsThere));
        long running = json(as("county-supervisor").get("/engine-rest/process-instance/count?processDefinitionKey=DiscoveryCase"), 200)
                .get("count").asLong();
        assertThat(supervisor.bodyText()).contains("运行中的实例", "当前版本： " + running);

        supervisor.click(By.xpath("//*[self::a or self::li][normalize-space()='故障']"));
        By incidentRow = By.xpath("//table//tbody//tr[contains(., '" + instanceId + "')]");
        supervisor.until("the incident in the list", 30, d -> !d.findElements(incidentRow).isEmpty());
        supervisor.scrollTo(supervisor.driver.findElement(incidentRow));
        supervisor.shot("incidents-tab");
    }

    @Test
    @Order(2)
    void markupAnAdministratorPutsIntoAVariableShowsAsTextInTasklistAndCockpitAndNeverRuns(TestInfo info) throws Exception {
        String caseNumber = report("蒋丽华", newIdNumber(), "父母双亡，与年迈祖母同住", false);
        String instanceId = caseFile(caseNumber).get("processInstanceId").asText();
        String description = "标记测试：" + MARKUP;
        // what forms show of the case is the case summary (Json): the administrator edits its description
        JsonNode stored = json(as("admin").get("/engine-rest/process-instance/" + instanceId
                + "/variables/caseSummary?deserializeValue=false"), 200);
        com.fasterxml.jackson.databind.node.ObjectNode summary =
                (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(stored.get("value").asText());
        summary.put("description", description);
        String body = JSON.createObjectNode().set("modifications", JSON.createObjectNode().set("caseSummary",
                JSON.createObjectNode().put("value", summary.toString()).put("type", "Json"))).toString();
        json(as("admin").postJson("/engine-rest/process-instance/" + instanceId + "/variables", body), 204);

        Page caseworker = browser(info, "qiaomu-caseworker", "tasklist");
        caseworker.openTask("本乡镇待办", "入户调查评估", caseNumber);
        caseworker.shot("markup-variable-in-tasklist");
        // form-js renders text views as Markdown (HTML sanitised); our forms escape "<" in every
        // free text they show, so the tags are shown as the text they are, not rendered
        assertThat(caseworker.formText()).as("the literal text").contains("困难情况： 标记测试：<img src=x onerror=", "<script>");
        assertThat(caseworker.driver.findElements(By.cssSelector(".fjs-form img, .fjs-form script, .fjs-form [onerror]")))
                .isEmpty();
        assertThat(scriptRan(caseworker)).isNull();

        Page supervisor = browser(info, "county-supervisor", "cockpit");
        supervisor.driver.get(supervisor.url("/camunda/app/cockpit/default/#/process-instance/" + instanceId + "/runtime"));
        By cell = By.xpath("//table//tr[td[normalize-space()='caseSummary']]");
        supervisor.until("the variable caseSummary", 60, d -> !d.findElements(cell).isEmpty());
        WebElement row = supervisor.driver.findElement(cell);
        supervisor.scrollTo(row);
        supervisor.shot("markup-variable-in-cockpit");
        String asJson = JSON.writeValueAsString(description);
        assertThat(row.getText()).as("Cockpit's variable table shows the literal text (in the summary's JSON)")
                .contains(asJson.substring(1, asJson.length() - 1));
        assertThat(row.findElements(By.cssSelector("img, script"))).isEmpty();
        assertThat(scriptRan(supervisor)).isNull();
    }

    @Test
    @Order(3)
    void anAdministratorDeploysAChangedDiagramAsCamundaModelerDoes(TestInfo info) throws Exception {
        String before = report("韩玉梅", newIdNumber(), "独自抚养孙子，无固定收入", false);
        JsonNode old = json(as("admin").get("/engine-rest/process-definition/key/DiscoveryCase"), 200);

        String diagram = Files.readString(Path.of("bpmn", "discovery-case.bpmn"), StandardCharsets.UTF_8);
        String renamed = diagram.replace("<bpmn:userTask id=\"Task_VisitHousehold\" name=\"入户调查评估\"",
                "<bpmn:userTask id=\"Task_VisitHousehold\" name=\"入户走访调查评估\"");
        assertThat(renamed).isNotEqualTo(diagram);
        // the changed contract gets a new version tag (README "Deploying a new version")
        renamed = withVersionTag(renamed, "DiscoveryCase", "2");
        // what Camunda Modeler 5 posts for a Camunda 7 deployment (its CamundaAPI.deployDiagram):
        // the name, the source, duplicate filtering, the diagram as a part named after the file and
        // the other files of the release as parts of the same kind (one deployment is one release of
        // the whole set: the diagram calls processes and decisions and shows forms of its own deployment)
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("deployment-name", "discovery-case 入户走访调查评估");
        fields.put("deployment-source", "Camunda Modeler");
        fields.put("enable-duplicate-filtering", "true");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("discovery-case.bpmn", renamed.getBytes(StandardCharsets.UTF_8));
        files.putAll(theRestOfTheRelease("discovery-case.bpmn"));
        String boundary = "----CamundaModeler" + UUID.randomUUID();
        java.io.ByteArrayOutputStream multipart = new java.io.ByteArrayOutputStream();
        fields.forEach((name, value) -> multipart.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        files.forEach((file, content) -> {
            multipart.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file + "\"; "
                    + "filename=\"" + file + "\"\r\nContent-Type: " + (file.endsWith(".form") ? "application/json" : "text/xml")
                    + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            multipart.writeBytes(content);
            multipart.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        multipart.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var admin = as("admin");
        JsonNode deployment = json(admin.send(admin.request("/engine-rest/deployment/create")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart.toByteArray()))), 200);
        assertThat(deployment.get("source").asText()).isEqualTo("Camunda Modeler");
        JsonNode deployed = deployment.get("deployedProcessDefinitions");
        assertThat(deployed.size()).as("every process of the release").isEqualTo(
                files.keySet().stream().filter(file -> file.endsWith(".bpmn")).count());
        JsonNode changed = java.util.stream.StreamSupport.stream(deployed.spliterator(), false)
                .filter(definition -> definition.get("key").asText().equals("DiscoveryCase")).findFirst().orElseThrow();
        assertThat(changed.get("version").asInt()).isEqualTo(old.get("version").asInt() + 1);
        assertThat(changed.get("versionTag").asText()).isEqualTo("2");
        JsonNode resources = json(admin.get("/engine-rest/deployment/" + deployment.get("id").asText() + "/resources"), 200);
        assertThat(resources.findValuesAsText("name")).as("the changed diagram and the rest of the release, deployed together")
                .containsExactlyInAnyOrderElementsOf(files.keySet());

        String after = report("杨德明", newIdNumber(), "车祸致残，失去劳动能力", false);
        JsonNode beforeInstance = json(as("admin").get("/engine-rest/process-instance?businessKey=" + before), 200).get(0);
        JsonNode afterInstance = json(as("admin").get("/engine-rest/process-instance?businessKey=" + after), 200).get(0);
        assertThat(beforeInstance.get("definitionId").asText()).as("a running case keeps its version").isEqualTo(old.get("id").asText());
        assertThat(afterInstance.get("definitionId").asText()).as("a new case uses the new one").isEqualTo(changed.get("id").asText());

        Page caseworker = browser(info, "qiaomu-caseworker", "tasklist");
        caseworker.openTask("本乡镇待办", "入户走访调查评估", after);
        caseworker.shot("new-version-task");
        caseworker.openTask("本乡镇待办", "入户调查评估", before);
        caseworker.shot("old-version-task");
        assertThat(taskNamesOf(before)).containsExactly("入户调查评估");
        assertThat(taskNamesOf(after)).containsExactly("入户走访调查评估");

        Page supervisor = browser(info, "county-supervisor", "cockpit");
        supervisor.driver.get(supervisor.url("/camunda/app/cockpit/default/#/process-definition/" + changed.get("id").asText() + "/runtime"));
        supervisor.until("the new version in Cockpit", 60, d -> supervisor.bodyText().contains("定义版本：\n" + changed.get("version").asInt())
                || supervisor.bodyText().contains("定义版本： " + changed.get("version").asInt()));
        supervisor.shot("new-version-in-cockpit");
    }

    /** Sets the version tag of a process in a diagram, adding the attribute if the process has none. */
    private static String withVersionTag(String diagram, String processId, String tag) {
        java.util.regex.Matcher process = java.util.regex.Pattern.compile("<bpmn:process id=\"" + processId + "\"[^>]*>")
                .matcher(diagram);
        assertThat(process.find()).as("process %s in the diagram", processId).isTrue();
        String start = process.group();
        String tagged = start.contains("camunda:versionTag=\"")
                ? start.replaceFirst("camunda:versionTag=\"[^\"]*\"", "camunda:versionTag=\"" + tag + "\"")
                : start.replace("<bpmn:process ", "<bpmn:process camunda:versionTag=\"" + tag + "\" ");
        return diagram.replace(start, tagged);
    }

    /** Every file of bpmn/ and forms/ but the one changed, as the release is deployed (README). */
    private static Map<String, byte[]> theRestOfTheRelease(String changed) throws java.io.IOException {
        Map<String, byte[]> release = new java.util.TreeMap<>();
        for (String folder : java.util.List.of("bpmn", "forms")) {
            try (var files = Files.list(Path.of(folder))) {
                for (Path file : files.filter(f -> !f.getFileName().toString().equals(changed)).toList()) {
                    release.put(file.getFileName().toString(), Files.readAllBytes(file));
                }
            }
        }
        return release;
    }
}
