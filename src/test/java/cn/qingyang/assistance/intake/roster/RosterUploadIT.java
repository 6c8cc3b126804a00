package cn.qingyang.assistance.intake.roster;

import cn.qingyang.assistance.intake.CaseSummaries;
import cn.qingyang.assistance.crypto.BlindIndex;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qingyang.assistance.Http;
import cn.qingyang.assistance.IntegrationTest;
import cn.qingyang.assistance.traceability.Proves;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code POST /api/rosters} as village and township teams use it: a roster opens one case per
 * new person through the same registration as {@code POST /api/reports}, a second upload of the
 * same file opens nothing, bad rows are listed with their row numbers in Chinese (and in
 * all_or_nothing mode nothing is stored), a file refused as a whole stores nothing, and a large
 * roster is imported in the background with its progress readable by its uploader.
 *
 * <p>The application context and its database are shared with the other tests: every person here
 * has an ID number of its own ({@link RosterFiles#newIdNumber()}).
 */
@IntegrationTest
class RosterUploadIT {

    static final String PASSWORD = "demo";
    static final String QIAOMU = "341723200";
    static final String LINGTANG = "341723200201";
    static final String JINSHAN = "341723200202";
    static final String RONGCHENG = "341723100";
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    BlindIndex index;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;

    // ---------------------------------------------------------------- good rosters

    @Proves("N1")
    @Test
    void anXlsxRosterOpensOneCasePerPersonAndUploadingItAgainOpensNothing() throws Exception {
        List<String> ids = List.of(RosterFiles.newIdNumber(), RosterFiles.newIdNumber(), RosterFiles.newIdNumber());
        byte[] roster = RosterFiles.xlsx(RosterFiles.HEADER, List.of(
                RosterFiles.row(1, "周桂英", ids.get(0), "乔木乡", "凌塘村", "是"),
                RosterFiles.row(2, "吴德胜", ids.get(1), QIAOMU, JINSHAN, "否"),
                RosterFiles.row(3, "郑小梅", ids.get(2), "乔木乡", null, null)));

        JsonNode answer = body(upload("qiaomu-caseworker", "roster.xlsx", roster, null), 200);

        assertThat(fieldNames(answer)).containsExactlyInAnyOrder("imported", "duplicates", "errors");
        assertThat(answer.get("imported").asInt()).isEqualTo(3);
        assertThat(answer.get("duplicates").asInt()).isZero();
        assertThat(answer.get("errors")).isEmpty();

        List<String> caseNumbers = new ArrayList<>();
        for (String id : ids) {
            var row = jdbc.sql("SELECT c.case_number, c.channel, c.township_code, c.village_code, c.urgent FROM discovery_case c "
                    + "JOIN person p ON p.id = c.person_id WHERE p.id_number_index = :id").param("id", index.of(id)).query().singleRow();
            assertThat(row.get("channel")).isEqualTo("village_sweep");
            assertThat(row.get("township_code")).isEqualTo(QIAOMU);
            caseNumbers.add((String) row.get("case_number"));
        }
        assertThat(jdbc.sql("SELECT village_code FROM discovery_case WHERE case_number = :n").param("n", caseNumbers.get(0))
                .query(String.class).single()).isEqualTo(LINGTANG);
        assertThat(jdbc.sql("SELECT village_code FROM discovery_case WHERE case_number = :n").param("n", caseNumbers.get(1))
                .query(String.class).single()).isEqualTo(JINSHAN);
        JsonNode firstCase = body(as("qiaomu-caseworker").get("/api/cases/" + caseNumbers.get(0)), 200);
        assertThat(firstCase.get("urgent").asBoolean()).isTrue();
        assertThat(firstCase.get("reports")).hasSize(1);
        assertThat(firstCase.get("reports").get(0).get("channel").asText()).isEqualTo("village_sweep");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("DiscoveryCase")
                .processInstanceBusinessKey(caseNumbers.get(2)).count()).isOne();
        String hash = RosterReader.sha256(roster).substring(0, 16);
        assertThat(jdbc.sql("SELECT external_ref FROM case_report WHERE external_ref LIKE :ref ORDER BY external_ref")
                .param("ref", "roster:" + hash + ":%").query(String.class).list())
                .containsExactly("roster:" + hash + ":2", "roster:" + hash + ":3", "roster:" + hash + ":4");

        Stored before = stored();
        JsonNode again = body(upload("qiaomu-caseworker", "roster-again.xlsx", roster, null), 200);

        assertThat(again.get("imported").asInt()).isZero();
        assertThat(again.get("duplicates").asInt()).isEqualTo(3);
        assertThat(again.get("errors")).isEmpty();
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aVillageCollectorsCsvDefaultsToTheirVillageAndCountsRepeatsAsDuplicates() throws Exception {
        String known = RosterFiles.newIdNumber();
        String fresh = RosterFiles.newIdNumber();
        String twice = RosterFiles.newIdNumber();
        // the person already has an open case: the roster row joins it
        String open = body(as("lingtang-collector").postJson("/api/reports", "{\"channel\": \"hotline_12345\", "
                + "\"person\": {\"name\": \"冯玉兰\", \"idNumber\": \"" + known + "\"}}"), 201).get("caseNumber").asText();
        byte[] roster = RosterFiles.csv(RosterFiles.HEADER, List.of(
                RosterFiles.row(1, "冯玉兰", known, null, null, "N"),
                RosterFiles.row(2, "冯建国", fresh, null, null, "Y"),
                RosterFiles.row(3, "韩玉珍", twice, "乔木乡", null, "0"),
                RosterFiles.row(4, "韩玉珍", twice, null, "凌塘村", "1")));

        JsonNode answer = body(upload("lingtang-collector", "roster.csv", roster, "valid_rows"), 200);

        assertThat(answer.get("imported").asInt()).isEqualTo(2);
        assertThat(answer.get("duplicates").asInt()).isEqualTo(2);
        assertThat(answer.get("errors")).isEmpty();
        JsonNode joined = body(as("qiaomu-caseworker").get("/api/cases/" + open), 200);
        assertThat(joined.get("reports")).extracting(r -> r.get("channel").asText() + "/" + r.get("result").asText())
                .containsExactly("hotline_12345/OPENED", "village_sweep/ATTACHED");
        for (String id : List.of(fresh, twice)) {
            assertThat(jdbc.sql("SELECT c.village_code FROM discovery_case c JOIN person p ON p.id = c.person_id "
                    + "WHERE p.id_number_index = :id").param("id", index.of(id)).query(String.class).single()).isEqualTo(LINGTANG);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_report r JOIN discovery_case c ON c.id = r.case_id "
                + "JOIN person p ON p.id = c.person_id WHERE p.id_number_index = :id").param("id", index.of(twice))
                .query(Long.class).single()).isOne();
    }

    // ---------------------------------------------------------------- bad rows

    private record BadRoster(byte[] content, String good) {
    }

    /** Row 2 good; 3 wrong check digit; 4 unknown village; 5 no name; 6 another village (金山村). */
    private static BadRoster badRoster(boolean xlsx) {
        String good = RosterFiles.newIdNumber();
        List<List<String>> rows = List.of(
                RosterFiles.row(1, "秦志刚", good, "乔木乡", "凌塘村", "否"),
                RosterFiles.row(2, "钱守义", RosterFiles.wrongCheckDigit(RosterFiles.newIdNumber()), "乔木乡", "凌塘村", "否"),
                RosterFiles.row(3, "孙桂兰", RosterFiles.newIdNumber(), "乔木乡", "不存在村", "否"),
                RosterFiles.row(4, null, RosterFiles.newIdNumber(), "乔木乡", "凌塘村", "否"),
                RosterFiles.row(5, "杨春生", RosterFiles.newIdNumber(), "乔木乡", "金山村", "否"));
        return new BadRoster(xlsx ? RosterFiles.xlsx(RosterFiles.HEADER, rows) : RosterFiles.csv(RosterFiles.HEADER, rows), good);
    }

    @Test
    void aCsvSavedByExcelOnAChineseWindowsWithATitleRowIsImportedWithNamesIntact() throws Exception {
        String id = RosterFiles.newIdNumber();
        String saved = "凌塘村2026年11月困难群众花名册,,,,,,,\r\n"
                + RosterFiles.csvText(RosterFiles.HEADER, List.of(RosterFiles.row(1, "钱秀珍", id, "乔木乡", "凌塘村", "否")));

        JsonNode answer = body(upload("qiaomu-caseworker", "凌塘村花名册.csv", saved.getBytes(Charset.forName("GBK")), null), 200);

        assertThat(answer.get("imported").asInt()).as(answer.toString()).isOne();
        assertThat(answer.get("errors")).isEmpty();
        String caseNumber = jdbc.sql("SELECT c.case_number FROM discovery_case c JOIN person p ON p.id = c.person_id "
                + "WHERE p.id_number_index = :id").param("id", index.of(id)).query(String.class).single();
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
        assertThat(CaseSummaries.of(runtime, instance, "personName")).as("the name as typed in the GBK file").isEqualTo("钱秀珍");
    }

    // ---------------------------------------------------------------- households (issue 15 §7)

    @Proves("N1")
    @Test
    void aHeadWithSpouseAndChildOnARosterAreOneHouseholdWithOneCase() throws Exception {
        String head = RosterFiles.newIdNumber();
        String spouse = RosterFiles.newIdNumber();
        String child = RosterFiles.newIdNumber();
        // the members stand above their head, as offices sort by whatever they like: the head is registered first
        byte[] roster = RosterFiles.xlsx(RosterFiles.HOUSEHOLD_HEADER, List.of(
                RosterFiles.member(1, "王秀兰", spouse, "乔木乡", "凌塘村", "周建国", "配偶"),
                RosterFiles.member(2, "周小明", child, "乔木乡", "凌塘村", "周建国", "子女"),
                RosterFiles.member(3, "周建国", head, "乔木乡", "凌塘村", "周建国", "户主")));

        JsonNode answer = body(upload("qiaomu-caseworker", "按户花名册.xlsx", roster, null), 200);

        assertThat(answer.get("imported").asInt()).as(answer.toString()).isEqualTo(3);
        assertThat(answer.get("duplicates").asInt()).isZero();
        assertThat(answer.get("errors")).isEmpty();
        long household = householdOf(head);
        assertThat(householdOf(spouse)).isEqualTo(household);
        assertThat(householdOf(child)).isEqualTo(household);
        assertThat(jdbc.sql("SELECT relation FROM household_member WHERE household_id = :h ORDER BY relation")
                .param("h", household).query(String.class).list()).containsExactly("CHILD", "HEAD", "SPOUSE");
        // every change is a version: the head's new household (1), then each member joining (2, 3)
        assertThat(jdbc.sql("SELECT version_no FROM household_version WHERE household_id = :h ORDER BY version_no")
                .param("h", household).query(Integer.class).list()).containsExactly(1, 2, 3);
        assertThat(jdbc.sql("SELECT version FROM household WHERE id = :h").param("h", household).query(Integer.class)
                .single()).isEqualTo(3);
        String latest = jdbc.sql("SELECT snapshot FROM household_version WHERE household_id = :h AND version_no = 3")
                .param("h", household).query(String.class).single();
        assertThat(latest).contains("周建国", "王秀兰", "周小明", head.substring(0, 6) + "********" + head.substring(14))
                .doesNotContain(head, spouse, child);
        List<String> cases = jdbc.sql("SELECT case_number FROM discovery_case WHERE household_id = :h")
                .param("h", household).query(String.class).list();
        assertThat(cases).as("one open case per household").hasSize(1);
        assertThat(jdbc.sql("SELECT p.name FROM discovery_case c JOIN person p ON p.id = c.person_id WHERE c.household_id = :h")
                .param("h", household).query(String.class).single()).as("the case is the head's").isEqualTo("周建国");
        assertThat(body(as("qiaomu-caseworker").get("/api/cases/" + cases.get(0)), 200).get("reports"))
                .as("each member's row is a report of the case").hasSize(3);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("DiscoveryCase")
                .processInstanceBusinessKey(cases.get(0)).count()).isOne();

        JsonNode again = body(upload("qiaomu-caseworker", "按户花名册.xlsx", roster, null), 200);
        assertThat(again.get("imported").asInt()).isZero();
        assertThat(again.get("duplicates").asInt()).as(again.toString()).isEqualTo(3);
        assertThat(again.get("errors")).isEmpty();
    }

    @Test
    void householdRowsThatCannotBeGroupedAsWrittenAreRefusedInChinese() throws Exception {
        String head = RosterFiles.newIdNumber();
        String member = RosterFiles.newIdNumber();
        String orphan = RosterFiles.newIdNumber();
        String twinHeadA = RosterFiles.newIdNumber();
        String twinHeadB = RosterFiles.newIdNumber();
        String cousin = RosterFiles.newIdNumber();
        byte[] roster = RosterFiles.csv(RosterFiles.HOUSEHOLD_HEADER, List.of(
                RosterFiles.member(1, "钱德明", head, "乔木乡", "凌塘村", "钱德明", "户主"),
                RosterFiles.member(2, "孙玉梅", member, "乔木乡", "凌塘村", "钱德明", "配偶"),
                RosterFiles.member(3, "赵小军", orphan, "乔木乡", "凌塘村", "赵大军", "子女"),
                RosterFiles.member(4, "李国强", twinHeadA, "乔木乡", "凌塘村", "李国强", "户主"),
                RosterFiles.member(5, "李国强", twinHeadB, "乔木乡", "凌塘村", "李国强", "户主"),
                RosterFiles.member(6, "钱小燕", cousin, "乔木乡", "凌塘村", "钱德明", "表妹")));

        JsonNode answer = body(upload("qiaomu-caseworker", "有误的按户花名册.csv", roster, "valid_rows"), 200);

        assertThat(answer.get("imported").asInt()).as(answer.toString()).isEqualTo(2);
        JsonNode errors = answer.get("errors");
        assertThat(errors).extracting(e -> e.get("row").asInt()).containsExactly(4, 5, 6, 7);
        assertThat(errors.get(0).get("message").asText()).startsWith("【户主姓名】户主“赵大军”不在本花名册中");
        assertThat(errors.get(1).get("message").asText()).contains("有两位以上户主（第 5 行、第 6 行）");
        assertThat(errors.get(2).get("message").asText()).contains("有两位以上户主");
        assertThat(errors.get(3).get("message").asText()).startsWith("【与户主关系】“表妹”无效");
        assertThat(householdOf(member)).isEqualTo(householdOf(head));
        for (String refused : List.of(orphan, twinHeadA, twinHeadB, cousin)) {
            assertThat(personCount(refused)).isZero();
        }
    }

    private long householdOf(String idNumber) {
        return jdbc.sql("SELECT m.household_id FROM household_member m JOIN person p ON p.id = m.person_id "
                + "WHERE p.id_number_index = :id").param("id", index.of(idNumber)).query(Long.class).single();
    }

    @Test
    void allOrNothingWithBadRowsImportsNothingAndListsEveryError() throws Exception {
        for (boolean xlsx : List.of(true, false)) {
            BadRoster roster = badRoster(xlsx);
            Stored before = stored();

            JsonNode answer = body(upload("lingtang-collector", xlsx ? "bad.xlsx" : "bad.csv", roster.content(), null), 422);

            assertThat(answer.get("imported").asInt()).isZero();
            assertThat(answer.get("duplicates").asInt()).isZero();
            assertBadRowErrors(answer.get("errors"));
            assertThat(stored()).isEqualTo(before);
            assertThat(personCount(roster.good())).isZero();
        }
    }

    @Test
    void validRowsImportsTheGoodRowsAndListsTheBadOnes() throws Exception {
        for (boolean xlsx : List.of(true, false)) {
            BadRoster roster = badRoster(xlsx);

            JsonNode answer = body(upload("lingtang-collector", "bad", roster.content(), "valid_rows"), 200);

            assertThat(answer.get("imported").asInt()).isEqualTo(1);
            assertThat(answer.get("duplicates").asInt()).isZero();
            assertBadRowErrors(answer.get("errors"));
            assertThat(personCount(roster.good())).isOne();
        }
    }

    private static void assertBadRowErrors(JsonNode errors) {
        assertThat(errors).extracting(e -> e.get("row").asInt()).containsExactly(3, 4, 5, 6);
        assertThat(errors.get(0).get("message").asText()).contains("身份证号码校验位不正确");
        assertThat(errors.get(1).get("message").asText()).contains("不存在村").contains("不是乔木乡在册的村（社区）");
        assertThat(errors.get(2).get("message").asText()).contains("请填写遇困人员姓名");
        assertThat(errors.get(3).get("message").asText()).contains("金山村").contains("不在您的工作范围内");
    }

    // ---------------------------------------------------------------- files refused as a whole

    @Test
    void filesRefusedAsAWholeStoreNothing() throws Exception {
        Stored before = stored();
        List<List<String>> rows = List.of(RosterFiles.row(1, "朱秀英", RosterFiles.newIdNumber(), "乔木乡", "凌塘村", "否"));
        List<String> wrongHeader = new ArrayList<>(RosterFiles.HEADER);
        wrongHeader.set(1, "名字");

        assertRefused(upload("qiaomu-caseworker", "h.xlsx", RosterFiles.xlsx(wrongHeader, rows), null), 400, "ROSTER_HEADER")
                .contains("第 2 列应为“姓名”");
        assertRefused(upload("qiaomu-caseworker", "empty.xlsx", new byte[0], null), 400, "ROSTER_EMPTY");
        assertRefused(upload("qiaomu-caseworker", null, null, "valid_rows"), 400, "ROSTER_EMPTY");
        assertRefused(as("qiaomu-caseworker").postJson("/api/rosters", "{}"), 400, "ROSTER_EMPTY");
        assertRefused(upload("qiaomu-caseworker", "notes.xlsx", "会议记录\n第一条".getBytes(StandardCharsets.UTF_8), null),
                400, "ROSTER_FORMAT");
        assertRefused(upload("qiaomu-caseworker", "neither.csv", new byte[] {'a', ',', (byte) 0xFF, (byte) 0xFF}, null),
                400, "ROSTER_FORMAT").contains("既不是 UTF-8 编码，也不是 GBK/GB18030 编码");
        assertRefused(upload("qiaomu-caseworker", "r.csv", RosterFiles.csv(RosterFiles.HEADER, rows), "some"), 400, "ROSTER_MODE");

        List<List<String>> tooMany = new ArrayList<>();
        String id = RosterFiles.newIdNumber();
        for (int i = 1; i <= 20_001; i++) {
            tooMany.add(RosterFiles.row(i, "朱秀英", id, "乔木乡", "凌塘村", "否"));
        }
        assertRefused(upload("qiaomu-caseworker", "big.csv", RosterFiles.csv(RosterFiles.HEADER, tooMany), null),
                413, "ROSTER_TOO_MANY_ROWS").contains("20000");

        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aFileOverTheUploadLimitIsRefusedWith413() throws Exception {
        // over max-file-size (20MB) but under max-request-size (21MB): Tomcat swallows the rest and answers
        byte[] huge = new byte[20 * 1024 * 1024 + 512 * 1024];
        HttpResponse<String> response = upload("qiaomu-caseworker", "huge.csv", huge, null);
        assertRefused(response, 413, "UPLOAD_TOO_LARGE").contains("20MB");
    }

    // ---------------------------------------------------------------- large rosters in the background

    @Test
    void aRosterOfSixHundredRowsIsImportedInTheBackground() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 600; i++) {
            rows.add(RosterFiles.row(i, "测试" + "甲乙丙丁戊己庚辛壬癸".charAt(i % 10) + "某", RosterFiles.newIdNumber(),
                    "蓉城镇", "示例村一（演示）", i % 7 == 0 ? "是" : "否"));
        }

        HttpResponse<String> response = upload("rongcheng-caseworker", "big.csv", RosterFiles.csv(RosterFiles.HEADER, rows),
                "valid_rows");

        JsonNode started = body(response, 202);
        assertThat(fieldNames(started)).containsExactlyInAnyOrder("id", "status", "processed", "total");
        assertThat(started.get("status").asText()).isEqualTo("RUNNING");
        assertThat(started.get("processed").asInt()).isZero();
        assertThat(started.get("total").asInt()).isEqualTo(600);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).isEqualTo("/api/rosters/imports/" + started.get("id").asText());

        JsonNode status = null;
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            status = body(as("rongcheng-caseworker").get(location), 200);
            if (!status.get("status").asText().equals("RUNNING")) {
                break;
            }
            assertThat(status.get("processed").asInt() % 50).isZero();
            Thread.sleep(500);
        }
        assertThat(status.get("status").asText()).as(status.toString()).isEqualTo("DONE");
        assertThat(status.get("processed").asInt()).isEqualTo(600);
        assertThat(status.get("total").asInt()).isEqualTo(600);
        assertThat(status.get("imported").asInt()).isEqualTo(600);
        assertThat(status.get("duplicates").asInt()).isZero();
        assertThat(status.get("errors")).isEmpty();
        assertThat(jdbc.sql("SELECT status, uploaded_by, mode, total FROM roster_import WHERE id = :id")
                .param("id", started.get("id").asText()).query().singleRow())
                .containsEntry("uploaded_by", "rongcheng-caseworker").containsEntry("mode", "valid_rows");

        assertThat(body(as("county-supervisor").get(location), 200).get("status").asText()).isEqualTo("DONE");
        assertRefused(as("qiaomu-caseworker").get(location), 404, "NOT_FOUND");
        assertRefused(as("rongcheng-caseworker").get("/api/rosters/imports/" + UUID.randomUUID()), 404, "NOT_FOUND");
    }

    // ---------------------------------------------------------------- the template

    @Test
    void theTemplateIsAnXlsxWithTheHeaderRow() throws Exception {
        HttpResponse<byte[]> response = as("lingtang-collector").getBytes("/api/rosters/template.xlsx");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment;").contains("filename*=UTF-8''%E8%8A%B1%E5%90%8D%E5%86%8C%E6%A8%A1%E6%9D%BF.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            List<String> cells = new ArrayList<>();
            header.forEach(c -> cells.add(c.getStringCellValue()));
            assertThat(cells).containsExactly("序号", "姓名", "身份证号", "联系电话", "乡镇", "村(社区)", "困难情况", "是否急难",
                    "户主姓名", "与户主关系");
            assertThat(workbook.getSheet("填写说明")).isNotNull();
        }
    }

    // ---------------------------------------------------------------- helpers

    private Client as(String user) {
        return new Client(Http.basic(port, user, PASSWORD));
    }

    private HttpResponse<String> upload(String user, String fileName, byte[] content, String mode) {
        return as(user).upload(fileName, content, mode);
    }

    /** Http plus a multipart upload and a binary GET. */
    private record Client(Http http) {

        HttpResponse<String> get(String path) {
            return http.get(path);
        }

        HttpResponse<String> postJson(String path, String json) {
            return http.postJson(path, json);
        }

        HttpResponse<byte[]> getBytes(String path) {
            try {
                return java.net.http.HttpClient.newHttpClient().send(http.request(path).GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        /** multipart/form-data with a {@code file} part (when content is not null) and a {@code mode} part. */
        HttpResponse<String> upload(String fileName, byte[] content, String mode) {
            return http.upload("/api/rosters", fileName, content, mode == null ? Map.of() : Map.of("mode", mode));
        }
    }

    private static JsonNode body(HttpResponse<String> response, int expectedStatus) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return JSON.readTree(response.body());
    }

    private static org.assertj.core.api.AbstractStringAssert<?> assertRefused(HttpResponse<String> response, int status,
                                                                             String code) throws Exception {
        JsonNode error = body(response, status).get("error");
        assertThat(error.get("code").asText()).isEqualTo(code);
        return assertThat(error.get("message").asText()).containsPattern("\\p{IsHan}");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private long personCount(String idNumber) {
        return jdbc.sql("SELECT COUNT(*) FROM person WHERE id_number_index = :id").param("id", index.of(idNumber)).query(Long.class).single();
    }

    /** What a refused upload must leave untouched. */
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
