package cn.qingyang.assistance.intake;

import cn.qingyang.assistance.TestIdNumbers;
import cn.qingyang.assistance.crypto.BlindIndex;
import cn.qingyang.assistance.discovery.DiscoveryCaseProcess.DiscoveryCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;

import cn.qingyang.assistance.Http;
import cn.qingyang.assistance.IntegrationTest;
import cn.qingyang.assistance.calendar.WorkingDayCalendar;
import cn.qingyang.assistance.traceability.Proves;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code POST /api/reports} and the Tasklist form "上报遇困人员" as the people using them see it:
 * a report opens a case (or joins the person's open one), the case starts its DiscoveryCase
 * process in the right township with the right tasks, a wrong report is refused in Chinese
 * with nothing stored, and the full ID number never leaves our own tables.
 *
 * <p>The application context (and its database) is shared by all tests, so every test reports a
 * person of its own: each uses a distinct ID number body.
 */
@IntegrationTest
class ReportRegistrationIT {

    static final String PASSWORD = "demo";
    static final String QIAOMU = "341723200";
    static final String RONGCHENG = "341723100";
    static final String LINGTANG = "341723200201";
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    BlindIndex index;

    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WorkingDayCalendar workingDays;

    // ---------------------------------------------------------------- opening and attaching

    @Proves("N3")
    @Test
    void villageCollectorReportingANewPersonOpensACaseInTheirVillage() throws Exception {
        String idNumber = idNumber("34172319460105" + "011");

        HttpResponse<String> response = as("lingtang-collector")
                .postJson("/api/reports", report("village_sweep", "周桂英", idNumber).toString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode answer = JSON.readTree(response.body());
        assertThat(fieldNames(answer)).containsExactlyInAnyOrder("caseNumber", "result", "householdId");
        assertThat(answer.get("result").asText()).isEqualTo("OPENED");
        assertThat(answer.get("householdId").isIntegralNumber()).as("一户一档的编号").isTrue();
        String caseNumber = answer.get("caseNumber").asText();
        assertThat(caseNumber).matches(QIAOMU + "-\\d{6}-\\d{4}");

        JsonNode caseView = body(as("qiaomu-caseworker").get("/api/cases/" + caseNumber), 200);
        assertThat(caseView.get("caseNumber").asText()).isEqualTo(caseNumber);
        assertThat(caseView.get("status").asText()).isEqualTo("OPEN");
        assertThat(caseView.get("townshipCode").asText()).isEqualTo(QIAOMU);
        assertThat(caseView.get("villageCode").asText()).isEqualTo(LINGTANG);
        assertThat(caseView.get("channel").asText()).isEqualTo("village_sweep");
        assertThat(caseView.get("urgent").asBoolean()).isFalse();
        assertThat(caseView.get("category").isNull()).isTrue();
        assertThat(caseView.get("reports")).hasSize(1);
        assertThat(caseView.get("reports").get(0).get("result").asText()).isEqualTo("OPENED");

        ProcessInstance instance = discoveryCase(caseNumber);
        assertThat(caseView.get("processInstanceId").asText()).isEqualTo(instance.getId());
        assertThat(caseView.get("householdId").asLong()).as("the case leads to its household's file")
                .isEqualTo(answer.get("householdId").asLong());
        assertThat(instance.getBusinessKey()).isEqualTo(caseNumber);
        assertThat(instance.getTenantId()).isEqualTo(QIAOMU);
        assertThat(CaseSummaries.of(runtime, instance.getId(), "idNumberMasked"))
                .isEqualTo("341723********" + idNumber.substring(14));
        assertThat(CaseSummaries.of(runtime, instance.getId(), "personName")).isEqualTo("周桂英");
        assertThat(runtime.getVariables(instance.getId())).as("a handful of variables, not twenty (issue 15 §9)")
                .containsOnlyKeys("caseId", "householdId", "caseNumber", "townshipCode", "villageCode", "urgent",
                        "relatedToStaff", "registeredAt", "visitCount", "failedVisits", "townshipAidCap", "dibaoStandard",
                        "caseSummary", "caseTitle",
                        // written when the first visit task is created (the visit form's household, from the file)
                        "householdMembers", "householdFacts");
        assertThat(runtime.getVariable(instance.getId(), "caseTitle")).as("the task list's title").isEqualTo("周桂英（凌塘村）");
        Date registeredAt = (Date) runtime.getVariable(instance.getId(), "registeredAt");
        assertThat(caseNumber).startsWith(QIAOMU + "-" + yyyyMM(registeredAt) + "-");

        long household = jdbc.sql("SELECT household_id FROM discovery_case WHERE case_number = :n").param("n", caseNumber)
                .query(Long.class).single();
        assertThat(jdbc.sql("SELECT version FROM household WHERE id = :h").param("h", household).query(Integer.class).single())
                .as("a new one-person household is at its first version").isOne();
        assertThat(jdbc.sql("SELECT version_no, snapshot FROM household_version WHERE household_id = :h").param("h", household)
                .query().listOfRows()).singleElement().satisfies(version -> {
                    assertThat(((Number) version.get("version_no")).intValue()).isOne();
                    assertThat((String) version.get("snapshot")).contains("周桂英", "341723********" + idNumber.substring(14))
                            .contains("\"supporters\":[]").doesNotContain(idNumber);
                });

        assertThat(variableValuesOf(instance.getId())).isNotEmpty().noneMatch(v -> v.contains(idNumber));
        assertThat(everythingTheEngineRecorded()).noneMatch(v -> v.contains(idNumber));

        assertThat(jdbc.sql("SELECT name, township_code, village_code FROM person WHERE id_number_index = :id")
                .param("id", index.of(idNumber)).query().listOfRows())
                .singleElement().satisfies(row -> {
                    assertThat(row.get("name")).isEqualTo("周桂英");
                    assertThat(row.get("township_code")).isEqualTo(QIAOMU);
                    assertThat(row.get("village_code")).isEqualTo(LINGTANG);
                });
    }

    @Proves("N3")
    @ParameterizedTest(name = "ID number issued in {0}")
    @org.junit.jupiter.params.provider.CsvSource({
            "342923 (青阳县 before 2000), 34292319450301071, 342923, 汪桂兰, LOCAL, 本地户籍",
            "110101 (北京市东城区), 11010119700101072, 110101, 刘建国, NON_LOCAL, 非本地户籍",
            "440305 (深圳市南山区), 44030519880808073, 440305, 陈晓明, NON_LOCAL, 非本地户籍"})
    void aResidentWhoseNumberWasIssuedElsewhereIsReportedWhereTheyLive(String where, String body, String region,
            String name, String registration, String label) throws Exception {
        String idNumber = idNumber(body);
        String caseNumber = opened(as("lingtang-collector"), report("village_sweep", name, idNumber));

        JsonNode caseView = body(as("qiaomu-caseworker").get("/api/cases/" + caseNumber), 200);
        assertThat(caseView.get("townshipCode").asText()).as("where the person lives: the report's township").isEqualTo(QIAOMU);
        assertThat(caseView.get("villageCode").asText()).isEqualTo(LINGTANG);
        assertThat(CaseSummaries.of(runtime, discoveryCase(caseNumber).getId(), "idNumberMasked"))
                .isEqualTo(region + "********" + idNumber.substring(14));
        assertThat(jdbc.sql("SELECT household_registration FROM discovery_case WHERE case_number = :number")
                .param("number", caseNumber).query(String.class).single()).as("户籍 of the case").isEqualTo(registration);
        assertThat(CaseSummaries.of(runtime, discoveryCase(caseNumber).getId(), "householdRegistrationLabel"))
                .as("户籍 as the forms show it").isEqualTo(label);
    }

    @Test
    void theSamePersonReportedThroughAnotherChannelJoinsTheOpenCase() throws Exception {
        String idNumber = idNumber("34172319470214" + "021");
        String caseNumber = opened(as("lingtang-collector"), report("village_sweep", "吴德胜", idNumber));

        ObjectNode hotline = report("hotline_12345", "吴德胜", idNumber)
                .put("description", "12345 热线来电：老人独居，冬季取暖困难");
        HttpResponse<String> response = as("qiaomu-caseworker").postJson("/api/reports", hotline.toString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode answer = JSON.readTree(response.body());
        assertThat(answer.get("result").asText()).isEqualTo("ATTACHED");
        assertThat(answer.get("caseNumber").asText()).isEqualTo(caseNumber);

        JsonNode reports = body(as("qiaomu-caseworker").get("/api/cases/" + caseNumber), 200).get("reports");
        assertThat(reports).extracting(r -> r.get("channel").asText() + "/" + r.get("result").asText())
                .containsExactly("village_sweep/OPENED", "hotline_12345/ATTACHED");

        ProcessInstance instance = discoveryCase(caseNumber);
        assertThat(runtime.getVariable(instance.getId(), "reportCount")).isEqualTo(2);
        assertThat((String) runtime.getVariable(instance.getId(), "latestReport")).contains("老人独居，冬季取暖困难");
        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("DiscoveryCase")
                .processInstanceBusinessKey(caseNumber).count()).isEqualTo(1);
    }

    @Test
    void aReportSentTwiceWithTheSameExternalRefGetsTheFirstAnswerAgain() throws Exception {
        String idNumber = idNumber("34172319480323" + "031");
        String externalRef = "12345-" + UUID.randomUUID();
        String sameReport = report("hotline_12345", "郑小梅", idNumber).put("externalRef", externalRef).toString();
        Http hotlineBridge = as("qiaomu-caseworker");

        HttpResponse<String> first = hotlineBridge.postJson("/api/reports", sameReport);
        HttpResponse<String> again = hotlineBridge.postJson("/api/reports", sameReport);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(JSON.readTree(again.body())).isEqualTo(JSON.readTree(first.body()));
        assertThat(JSON.readTree(again.body()).get("result").asText()).isEqualTo("OPENED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_report WHERE external_ref = :ref").param("ref", externalRef)
                .query(Long.class).single()).isEqualTo(1);
        String caseNumber = JSON.readTree(first.body()).get("caseNumber").asText();
        assertThat(body(hotlineBridge.get("/api/cases/" + caseNumber), 200).get("reports")).hasSize(1);
    }

    @Test
    void eightSimultaneousReportsOfOnePersonOpenExactlyOneCase() throws Exception {
        String idNumber = idNumber("34172319490412" + "041");
        Channel[] channels = Channel.values();
        int reporters = 8;
        ExecutorService pool = Executors.newFixedThreadPool(reporters);
        CountDownLatch ready = new CountDownLatch(reporters);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < reporters; i++) {
                Http caller = as("qiaomu-caseworker");
                String body = report(channels[i % channels.length].code(), "钱守义", idNumber)
                        .put("description", "第 " + (i + 1) + " 路上报").toString();
                answers.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return caller.postJson("/api/reports", body);
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();

            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                responses.add(answer.get(2, TimeUnit.MINUTES));
            }
            String all = responses.stream().map(r -> r.statusCode() + " " + r.body()).toList().toString();

            assertThat(responses).as(all).extracting(HttpResponse::statusCode).containsOnly(200, 201);
            List<JsonNode> bodies = new ArrayList<>();
            for (HttpResponse<String> response : responses) {
                bodies.add(JSON.readTree(response.body()));
            }
            assertThat(responses).as(all).filteredOn(r -> r.statusCode() == 201).hasSize(1);
            assertThat(bodies).as(all).extracting(b -> b.get("result").asText())
                    .containsOnly("OPENED", "ATTACHED").filteredOn("OPENED"::equals).hasSize(1);
            assertThat(bodies).as(all).extracting(b -> b.get("caseNumber").asText()).containsOnly(
                    bodies.get(0).get("caseNumber").asText());
            String caseNumber = bodies.get(0).get("caseNumber").asText();

            assertThat(jdbc.sql("SELECT COUNT(*) FROM discovery_case c JOIN person p ON p.id = c.person_id "
                    + "WHERE p.id_number_index = :id").param("id", index.of(idNumber)).query(Long.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM case_report r JOIN discovery_case c ON c.id = r.case_id "
                    + "WHERE c.case_number = :n").param("n", caseNumber).query(Long.class).single()).isEqualTo(reporters);
            assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("DiscoveryCase")
                    .processInstanceBusinessKey(caseNumber).count()).isEqualTo(1);
            assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("DiscoveryCase")
                    .processInstanceBusinessKey(caseNumber).count()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    // ---------------------------------------------------------------- refusals

    record Refusal(String body, String code, String field) {
    }

    static Stream<Named<Refusal>> invalidReports() {
        String valid = idNumber("34172319500518" + "051");
        String wrongCheckDigit = valid.substring(0, 17) + (valid.charAt(17) == '1' ? '2' : '1');
        return Stream.of(
                refusal("wrong check digit", r -> person(r).put("idNumber", wrongCheckDigit),
                        "ID_NUMBER_CHECK_DIGIT", "person.idNumber"),
                refusal("born on 30 February", r -> person(r).put("idNumber", idNumber("34172319800230" + "052")),
                        "ID_NUMBER_BIRTH_DATE", "person.idNumber"),
                refusal("region code of no province (990105)", r -> person(r).put("idNumber", idNumber("99010519800101" + "053")),
                        "ID_NUMBER_REGION", "person.idNumber"),
                refusal("a 15-digit number", r -> person(r).put("idNumber", "342923451231053"),
                        "ID_NUMBER_FORMAT", "person.idNumber"),
                refusal("17 digits", r -> person(r).put("idNumber", valid.substring(0, 17)),
                        "ID_NUMBER_FORMAT", "person.idNumber"),
                refusal("no name", r -> person(r).remove("name"), "NAME_MISSING", "person.name"),
                refusal("phone 12345", r -> person(r).put("phone", "12345"), "PHONE_INVALID", "person.phone"),
                refusal("unknown township", r -> r.put("townshipCode", "341723999"), "TOWNSHIP_UNKNOWN", "townshipCode"),
                refusal("凌塘村 under 蓉城镇", r -> r.put("townshipCode", RONGCHENG).put("villageCode", LINGTANG),
                        "VILLAGE_NOT_IN_TOWNSHIP", "villageCode"),
                refusal("channel wechat", r -> r.put("channel", "wechat"), "CHANNEL_UNKNOWN", "channel"),
                named("malformed JSON", new Refusal("{\"channel\": \"village_sweep\", \"person\": {", "BODY_INVALID", null)),
                refusal("urgent \"maybe\"", r -> r.put("urgent", "maybe"), "FIELD_TYPE", "urgent"),
                refusal("a field the API does not have", r -> r.put("caseStatus", "CLOSED"), "FIELD_UNKNOWN", "caseStatus"));
    }

    /** A valid report (that nobody sends as such), spoilt in one place. */
    private static Named<Refusal> refusal(String label, Consumer<ObjectNode> spoil, String code, String field) {
        ObjectNode report = report("village_sweep", "冯玉兰", idNumber("34172319500518" + "051"))
                .put("townshipCode", QIAOMU);
        spoil.accept(report);
        return named(label, new Refusal(report.toString(), code, field));
    }

    private static ObjectNode person(ObjectNode report) {
        return (ObjectNode) report.get("person");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidReports")
    void anInvalidReportIsRefusedInChineseAndNothingIsStored(Refusal refusal) throws Exception {
        Stored before = stored();

        HttpResponse<String> response = as("county-supervisor").postJson("/api/reports", refusal.body());

        JsonNode error = body(response, 400).get("error");
        assertThat(error.get("code").asText()).isEqualTo(refusal.code());
        assertThat(error.get("message").asText()).containsPattern("\\p{IsHan}");
        if (refusal.field() == null) {
            assertThat(error.has("field")).as(error.toString()).isFalse();
        } else {
            assertThat(error.get("field").asText()).isEqualTo(refusal.field());
        }
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aVillageCollectorCannotReportForAnotherTownship() throws Exception {
        Stored before = stored();
        ObjectNode elsewhere = report("village_sweep", "褚国强", idNumber("34172319510620" + "061"))
                .put("townshipCode", RONGCHENG);

        HttpResponse<String> response = as("lingtang-collector").postJson("/api/reports", elsewhere.toString());

        JsonNode error = body(response, 403).get("error");
        assertThat(error.get("code").asText()).isEqualTo("FORBIDDEN");
        assertThat(error.get("message").asText()).containsPattern("\\p{IsHan}").contains("蓉城镇");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void anotherTownshipsCaseworkerDoesNotFindTheCase() throws Exception {
        String caseNumber = opened(as("lingtang-collector"),
                report("village_sweep", "卫春华", idNumber("34172319520711" + "071")));

        assertThat(as("qiaomu-caseworker").get("/api/cases/" + caseNumber).statusCode()).isEqualTo(200);
        HttpResponse<String> rongcheng = as("rongcheng-caseworker").get("/api/cases/" + caseNumber);
        assertThat(body(rongcheng, 404).get("error").get("code").asText()).isEqualTo("NOT_FOUND");
    }

    @Test
    void anAnonymousReportIsRefusedWith401() {
        Stored before = stored();
        ObjectNode report = report("online", "蒋丽娟", idNumber("34172319530822" + "081")).put("townshipCode", QIAOMU);

        HttpResponse<String> response = Http.anonymous(port).postJson("/api/reports", report.toString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(stored()).isEqualTo(before);
    }

    // ---------------------------------------------------------------- what the process does with it

    @Proves({"N9", "T-aid-24h", "T-survey-3wd"})
    @Test
    void anUrgentReportAsksTheTownshipForEmergencyAidWithin24HoursAndAVisitWithin3WorkingDays() throws Exception {
        ObjectNode urgent = report("walk_in", "沈大海", idNumber("34172319540915" + "091")).put("urgent", true)
                .put("description", "家中失火，无处居住");
        String caseNumber = opened(as("qiaomu-caseworker"), urgent);
        Instant answered = Instant.now();

        ProcessInstance instance = discoveryCase(caseNumber);
        Date registeredAt = (Date) runtime.getVariable(instance.getId(), "registeredAt");
        assertThat(taskKeys(instance)).containsExactlyInAnyOrder(DiscoveryCase.TASK_GRANT_EMERGENCY_AID, DiscoveryCase.TASK_VISIT_HOUSEHOLD);

        Task aid = task(instance, DiscoveryCase.TASK_GRANT_EMERGENCY_AID);
        assertThat(candidateGroups(aid)).containsExactly("township-" + QIAOMU);
        assertThat(aid.getDueDate().toInstant()).isBetween(
                registeredAt.toInstant().plus(Duration.ofHours(24)).minusSeconds(1),
                answered.plus(Duration.ofHours(24)));

        Task visit = task(instance, DiscoveryCase.TASK_VISIT_HOUSEHOLD);
        assertThat(candidateGroups(visit)).containsExactly("township-" + QIAOMU);
        assertVisitDueAtEndOfThirdWorkingDay(visit, registeredAt);
    }

    @Proves({"N4", "T-survey-3wd"})
    @Test
    void anOrdinaryReportAsksOnlyForAHomeVisit() throws Exception {
        String caseNumber = opened(as("qiaomu-caseworker"),
                report("big_data", "韩玉珍", idNumber("34172319551003" + "101")));

        ProcessInstance instance = discoveryCase(caseNumber);
        assertThat(taskKeys(instance)).containsExactly(DiscoveryCase.TASK_VISIT_HOUSEHOLD);
        Task visit = task(instance, DiscoveryCase.TASK_VISIT_HOUSEHOLD);
        assertThat(candidateGroups(visit)).containsExactly("township-" + QIAOMU);
        assertVisitDueAtEndOfThirdWorkingDay(visit, (Date) runtime.getVariable(instance.getId(), "registeredAt"));
    }

    @Proves("T-related-county-visit")
    @Test
    void aPersonRelatedToStaffIsAlsoVisitedByTheCounty() throws Exception {
        String caseNumber = opened(as("lingtang-collector"),
                report("village_sweep", "杨春生", idNumber("34172319561108" + "111")).put("relatedToStaff", true));

        ProcessInstance instance = discoveryCase(caseNumber);
        assertThat(taskKeys(instance)).containsExactlyInAnyOrder(DiscoveryCase.TASK_COUNTY_HOME_VISIT, DiscoveryCase.TASK_VISIT_HOUSEHOLD);
        assertThat(candidateGroups(task(instance, DiscoveryCase.TASK_COUNTY_HOME_VISIT))).containsExactly("county-civil-affairs");
        assertThat(body(as("qiaomu-caseworker").get("/api/cases/" + caseNumber), 200).get("relatedToStaff")
                .asBoolean()).isTrue();
    }

    private void assertVisitDueAtEndOfThirdWorkingDay(Task visit, Date registeredAt) {
        Instant expected = workingDays.dueAfter(registeredAt, 3).toInstant();
        assertThat(visit.getDueDate().toInstant()).isEqualTo(expected);
        ZonedDateTime due = expected.atZone(BEIJING);
        assertThat(due.toLocalTime()).isEqualTo(LocalTime.of(23, 59, 59));
        assertThat(due.toLocalDate()).isAfterOrEqualTo(registeredAt.toInstant().atZone(BEIJING).toLocalDate().plusDays(3));
    }

    // ---------------------------------------------------------------- the Tasklist start form

    @Proves("N3")
    @Test
    void theTasklistFormOpensACaseAndForgetsTheFullIdNumber() throws Exception {
        String idNumber = idNumber("34172319571212" + "121");

        HttpResponse<String> response = as("lingtang-collector").postJson(
                "/engine-rest/process-definition/key/ReportIntake/submit-form", startForm("朱秀英", idNumber));

        JsonNode intake = body(response, 200);
        assertThat(intake.get("ended").asBoolean()).isTrue();
        String caseNumber = jdbc.sql("SELECT c.case_number FROM discovery_case c JOIN person p ON p.id = c.person_id "
                + "WHERE p.id_number_index = :id").param("id", index.of(idNumber)).query(String.class).single();
        ProcessInstance discoveryCase = discoveryCase(caseNumber);
        assertThat(discoveryCase.getTenantId()).isEqualTo(QIAOMU);
        assertThat(body(as("qiaomu-caseworker").get("/api/cases/" + caseNumber), 200).get("villageCode").asText())
                .isEqualTo(LINGTANG);

        String intakeId = intake.get("id").asText();
        HistoricProcessInstance intakeHistory = history.createHistoricProcessInstanceQuery()
                .processInstanceId(intakeId).singleResult();
        assertThat(intakeHistory.getProcessDefinitionKey()).isEqualTo("ReportIntake");
        assertThat(intakeHistory.getEndTime()).isNotNull();
        assertThat(historicVariable(intakeId, "caseNumber")).isEqualTo(caseNumber);
        assertThat(historicVariable(intakeId, "registrationResult")).isEqualTo("OPENED");

        assertThat(history.createHistoricVariableInstanceQuery().variableName("idNumber").count()).isZero();
        assertThat(historicDetailValuesOf(intakeId)).noneMatch(v -> v.contains(idNumber));
        assertThat(everythingTheEngineRecorded()).noneMatch(v -> v.contains(idNumber));
    }

    @Test
    void theTasklistFormRefusesAWrongCheckDigitInChineseAndStoresNothing() {
        String valid = idNumber("34172319580125" + "131");
        String wrong = valid.substring(0, 17) + (valid.charAt(17) == '1' ? '2' : '1');
        Stored before = stored();

        HttpResponse<String> response = as("lingtang-collector").postJson(
                "/engine-rest/process-definition/key/ReportIntake/submit-form", startForm("秦志刚", wrong));

        assertThat(response.statusCode()).as("the caller's mistake, not a server error: " + response.body()).isEqualTo(400);
        assertThat(response.body()).contains("身份证号码校验位不正确");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void fourSimultaneousTasklistReportsOfOnePersonAllSucceedWithOneCase() throws Exception {
        String idNumber = idNumber("34172319600708" + "071");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return as("lingtang-assistant").postJson("/engine-rest/process-definition/key/ReportIntake/submit-form",
                            startForm("孙桂兰", idNumber));
                }));
            }
            start.countDown();
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get(60, TimeUnit.SECONDS);
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM discovery_case c JOIN person p ON p.id = c.person_id WHERE p.id_number_index = :id")
                .param("id", index.of(idNumber)).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_report r JOIN discovery_case c ON c.id = r.case_id "
                + "JOIN person p ON p.id = c.person_id WHERE p.id_number_index = :id").param("id", index.of(idNumber))
                .query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void anExternalRefReusedForAnotherPersonIsAConflict() throws Exception {
        String externalRef = "12345-" + UUID.randomUUID();
        Http hotline = as("qiaomu-caseworker");
        HttpResponse<String> first = hotline.postJson("/api/reports",
                report("hotline_12345", "冯玉兰", idNumber("34172319520202" + "021")).put("externalRef", externalRef).toString());
        HttpResponse<String> reused = hotline.postJson("/api/reports",
                report("hotline_12345", "冯建国", idNumber("34172319530303" + "031")).put("externalRef", externalRef).toString());
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(reused.statusCode()).as(reused.body()).isEqualTo(409);
        assertThat(JSON.readTree(reused.body()).get("error").get("message").asText()).contains("已用于另一人的上报");
    }

    private static String startForm(String personName, String idNumber) {
        ObjectNode form = JSON.createObjectNode();
        ObjectNode variables = form.putObject("variables");
        variables.putObject("personName").put("value", personName).put("type", "String");
        variables.putObject("idNumber").put("value", idNumber).put("type", "String");
        variables.putObject("phone").put("value", "13855667788").put("type", "String");
        variables.putObject("description").put("value", "村民反映：独居老人，行动不便").put("type", "String");
        variables.putObject("channel").put("value", "village_sweep").put("type", "String");
        variables.putObject("urgent").put("value", false).put("type", "Boolean");
        return form.toString();
    }

    // ---------------------------------------------------------------- helpers

    /** A valid 18-character ID number: the 17-digit body and its GB 11643-1999 check character. */
    static String idNumber(String body) {
        return TestIdNumbers.withCheckDigit(body);
    }

    static ObjectNode report(String channel, String name, String idNumber) {
        ObjectNode report = JSON.createObjectNode().put("channel", channel).put("reporter", "村委会");
        report.putObject("person").put("name", name).put("idNumber", idNumber).put("phone", "13955661234");
        return report.put("description", "家庭困难，需要上门了解情况").put("urgent", false);
    }

    private Http as(String user) {
        return Http.basic(port, user, PASSWORD);
    }

    /** Reports and expects a new case; its number. */
    private String opened(Http caller, ObjectNode report) throws Exception {
        JsonNode answer = body(caller.postJson("/api/reports", report.toString()), 201);
        assertThat(answer.get("result").asText()).isEqualTo("OPENED");
        return answer.get("caseNumber").asText();
    }

    private static JsonNode body(HttpResponse<String> response, int expectedStatus) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return JSON.readTree(response.body());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private ProcessInstance discoveryCase(String caseNumber) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("DiscoveryCase")
                .processInstanceBusinessKey(caseNumber).singleResult();
    }

    private List<String> taskKeys(ProcessInstance instance) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).list().stream()
                .map(Task::getTaskDefinitionKey).toList();
    }

    private Task task(ProcessInstance instance, String key) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
    }

    private List<String> candidateGroups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId).toList();
    }

    private Object historicVariable(String processInstanceId, String name) {
        HistoricVariableInstance variable = history.createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId).variableName(name).singleResult();
        assertThat(variable).as("historic variable " + name).isNotNull();
        return variable.getValue();
    }

    private static String yyyyMM(Date date) {
        return YearMonth.from(date.toInstant().atZone(BEIJING)).toString().replace("-", "");
    }

    /** Every value one process instance holds or held: runtime variables, historic variables, historic details. */
    private List<String> variableValuesOf(String processInstanceId) {
        List<String> values = new ArrayList<>();
        runtime.createVariableInstanceQuery().processInstanceIdIn(processInstanceId).disableCustomObjectDeserialization()
                .list().forEach(v -> values.add(v.getName() + "=" + text(v.getTypedValue())));
        history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
                .disableCustomObjectDeserialization().list()
                .forEach(v -> values.add(v.getName() + "=" + text(v.getTypedValue())));
        values.addAll(historicDetailValuesOf(processInstanceId));
        return values;
    }

    private List<String> historicDetailValuesOf(String processInstanceId) {
        return history.createHistoricDetailQuery().processInstanceId(processInstanceId)
                .disableCustomObjectDeserialization().list().stream().map(ReportRegistrationIT::text).toList();
    }

    /** The same over every process instance the engine knows, running or ended, and the operation log. */
    private List<String> everythingTheEngineRecorded() {
        List<String> values = new ArrayList<>();
        for (VariableInstance v : runtime.createVariableInstanceQuery().disableCustomObjectDeserialization().list()) {
            values.add(v.getName() + "=" + text(v.getTypedValue()));
        }
        for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
                .disableCustomObjectDeserialization().list()) {
            values.add(v.getName() + "=" + text(v.getTypedValue()));
        }
        history.createHistoricDetailQuery().disableCustomObjectDeserialization().list()
                .forEach(d -> values.add(text(d)));
        history.createUserOperationLogQuery().list()
                .forEach(e -> values.add("operation log " + e.getProperty() + "=" + e.getOrgValue() + "->" + e.getNewValue()));
        return values;
    }

    private static String text(HistoricDetail detail) {
        if (detail instanceof HistoricVariableUpdate update) {
            return "variable update " + update.getVariableName() + "=" + text(update.getTypedValue());
        }
        if (detail instanceof HistoricFormField field) {
            return "form field " + field.getFieldId() + "=" + field.getFieldValue();
        }
        return String.valueOf(detail);
    }

    private static String text(TypedValue value) {
        if (value == null) {
            return "";
        }
        if (value instanceof SerializableValue serializable && !serializable.isDeserialized()) {
            return String.valueOf(serializable.getValueSerialized());
        }
        return value.getValue() instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                : String.valueOf(value.getValue());
    }

    /** What a refused report must leave untouched. */
    record Stored(long persons, long cases, long reports, long processInstances) {
    }

    private Stored stored() {
        return new Stored(count("person"), count("discovery_case"), count("case_report"),
                history.createHistoricProcessInstanceQuery().count());
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
