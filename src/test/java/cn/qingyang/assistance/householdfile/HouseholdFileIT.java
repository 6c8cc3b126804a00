package cn.qingyang.assistance.householdfile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingyang.assistance.Http;
import cn.qingyang.assistance.IntegrationTest;
import cn.qingyang.assistance.TestIdNumbers;
import cn.qingyang.assistance.aid.AidRepository;
import cn.qingyang.assistance.discovery.CaseRepository;
import cn.qingyang.assistance.household.HouseholdRepository;
import cn.qingyang.assistance.household.HouseholdService;
import cn.qingyang.assistance.ledger.LedgerService;
import cn.qingyang.assistance.person.ResidentIdNumber;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 一户一档 for people, over HTTP as the demo users: a village collector reports a person, the
 * answer's {@code householdId} leads to the file; a spouse joins the household (并户, bringing her
 * own case); the file holds both members, both cases with their visit, first aid, decision and
 * referral, the ledger entry with its follow-up, the supporter and every version. 乔木乡's team
 * and 凌塘村's collector read it masked, the county in full; 蓉城镇 finds nothing, a department and
 * the big-data account are refused, in Chinese; every read and export is in the access log.
 */
@IntegrationTest
class HouseholdFileIT {

    static final AtomicInteger SERIAL = new AtomicInteger(300);
    static final String DIGITS = "〇一二三四五六七八九";

    @LocalServerPort
    int port;
    @Autowired
    CaseRepository cases;
    @Autowired
    HouseholdService householdService;
    @Autowired
    HouseholdRepository households;
    @Autowired
    AidRepository aid;
    @Autowired
    LedgerService ledger;
    @Autowired
    JdbcClient jdbc;

    final ObjectMapper json = new ObjectMapper();
    long householdId;
    String headName;
    String headId;
    String spouseId;
    String caseNumber;
    String spouseCaseNumber;
    long spouseFormerHouseholdId;

    @BeforeEach
    void aHouseholdOfTwoWithItsHistory() throws Exception {
        int serial = SERIAL.incrementAndGet();
        String tag = chinese(serial);
        headName = "户档" + tag + "英";
        headId = TestIdNumbers.withCheckDigit("34292319441115" + String.format("%03d", serial));
        spouseId = TestIdNumbers.withCheckDigit("34172319700312" + String.format("%03d", serial));

        JsonNode answer = report(headName, headId, "独居老人，摔伤后行动不便");
        caseNumber = answer.get("caseNumber").asText();
        householdId = answer.get("householdId").asLong();

        // the spouse was reported on her own first; her case is closed, then she joins the household (并户)
        JsonNode spouseAnswer = report("户档" + tag + "配", spouseId, "因病致贫，医疗支出大");
        spouseCaseNumber = spouseAnswer.get("caseNumber").asText();
        spouseFormerHouseholdId = spouseAnswer.get("householdId").asLong();
        var spouseCase = cases.findCase(spouseCaseNumber).orElseThrow();
        // closed as CaseCloser closes a case (its repository is the discovery feature's own)
        jdbc.sql("UPDATE discovery_case SET status = 'CLOSED', open_person_id = NULL, open_household_id = NULL, "
                + "closed_at = CURRENT_TIMESTAMP WHERE id = :id").param("id", spouseCase.id()).update();
        householdService.join(spouseCase.personId(), "户档" + tag + "配", householdId, "SPOUSE", "qiaomu-caseworker",
                "入户调查评估（测试）");

        long caseId = cases.findCase(caseNumber).orElseThrow().id();
        HouseholdRepository.Member head = households.members(householdId).stream().filter(HouseholdRepository.Member::head)
                .findFirst().orElseThrow();
        households.updateMember(householdId, new HouseholdRepository.Member(head.memberId(), head.personId(), head.name(),
                head.idNumber(), head.phone(), "HEAD", "CHRONIC", "高血压", "PHYSICAL", 3, "LOST", "PARTIAL",
                null, "UNABLE", null, null, null, new BigDecimal("300"), new BigDecimal("450"), null, "PENSION"));
        jdbc.sql("INSERT INTO household_supporter (household_id, name, relation, able_to_support, note) "
                + "VALUES (:household, '户档子女', 'CHILD', FALSE, '在外务工，收入不稳定')").param("household", householdId).update();
        householdService.recordVersion(householdId, "qiaomu-caseworker", "入户调查评估（测试）", "户主健康状况改为长期慢性病");

        jdbc.sql("INSERT INTO home_visit (case_id, visit_no, visit_date, investigator1, investigator2, person_seen, "
                        + "hardship_degree, self_help_capacity, causes, findings, countermeasures, conclusion, recorded_by) "
                        + "VALUES (:case, 1, :date, '王建华', '李秀兰', TRUE, 'SEVERE', 'WEAK', '01,03', '独居，行动不便', "
                        + "'申请低保，转介医疗救助', 'COMPLETE', 'qiaomu-caseworker')")
                .param("case", caseId).param("date", LocalDate.now().minusDays(2)).update();
        jdbc.sql("INSERT INTO emergency_aid (case_id, aid_kind, amount, purpose, county_approved) "
                + "VALUES (:case, 'CASH', 2000, '购买药品和生活用品', FALSE)").param("case", caseId).update();
        aid.recordDecision(caseId, "DIBAO", "APPROVED", new BigDecimal("810"), "整户纳入低保，次月起发放");
        aid.recordReferral(caseId, "dept-medical");
        ledger.enterClassified(caseId, "SPECIAL", true, "01,03", "一户一档测试：申请低保", LocalDate.now().plusMonths(1),
                LedgerService.ACTIVE);
        long entryId = ((Number) ledger.classifiedEntry(caseId).orElseThrow().get("id")).longValue();
        ledger.recordFollowUp(entryId, 1, LocalDate.now(), "UNCHANGED", "病情稳定，继续回访", LocalDate.now().plusMonths(1));
    }

    private JsonNode report(String name, String idNumber, String description) throws Exception {
        HttpResponse<String> response = Http.basic(port, "lingtang-collector", "demo").postJson("/api/reports",
                "{\"channel\": \"village_sweep\", \"townshipCode\": \"341723200\", \"villageCode\": \"341723200201\", "
                        + "\"reporter\": \"张卫国\", \"person\": {\"name\": \"" + name + "\", \"idNumber\": \"" + idNumber
                        + "\"}, \"description\": \"" + description + "\", \"urgent\": false, \"relatedToStaff\": false}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body());
    }

    private static String chinese(int number) {
        StringBuilder text = new StringBuilder();
        for (char c : String.valueOf(number).toCharArray()) {
            text.append(DIGITS.charAt(c - '0'));
        }
        return text.toString();
    }

    private JsonNode file(String user) throws Exception {
        HttpResponse<String> response = Http.basic(port, user, "demo").get("/api/households/" + householdId);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static JsonNode member(JsonNode file, String relation) {
        for (JsonNode m : file.get("members")) {
            if (m.get("relation").get("code").asText().equals(relation)) {
                return m;
            }
        }
        throw new AssertionError("no member " + relation + " in " + file);
    }

    private static JsonNode caseOf(JsonNode file, String caseNumber) {
        for (JsonNode c : file.get("cases")) {
            if (c.get("caseNumber").asText().equals(caseNumber)) {
                return c;
            }
        }
        throw new AssertionError("no case " + caseNumber + " in " + file);
    }

    @Test
    void theReportsHouseholdIdLeadsTheTownshipToTheWholeFileMasked() throws Exception {
        JsonNode file = file("qiaomu-caseworker");

        assertThat(file.get("householdId").asLong()).isEqualTo(householdId);
        assertThat(file.get("household").get("township").asText()).isEqualTo("乔木乡");
        assertThat(file.get("household").get("village").asText()).isEqualTo("凌塘村");
        assertThat(file.get("members")).hasSize(2);
        JsonNode head = member(file, "HEAD");
        assertThat(head.get("name").asText()).isEqualTo(headName);
        assertThat(head.get("idNumber").asText()).isEqualTo(ResidentIdNumber.parse(headId).masked());
        assertThat(head.get("sex").asText()).isEqualTo(ResidentIdNumber.parse(headId).sex());
        assertThat(head.get("age").asInt()).isEqualTo(ResidentIdNumber.parse(headId).ageOn(LocalDate.now(ResidentIdNumber.ZONE)));
        assertThat(head.get("relation").get("label").asText()).isEqualTo("户主");
        assertThat(head.get("health").get("label").asText()).isEqualTo("长期慢性病");
        assertThat(head.get("illness").asText()).isEqualTo("高血压");
        assertThat(head.get("disabilityCategory").get("label").asText()).isEqualTo("肢体残疾");
        assertThat(head.get("labourCapacity").get("label").asText()).isEqualTo("丧失劳动能力");
        assertThat(head.get("selfCare").get("label").asText()).isEqualTo("半失能");
        assertThat(head.get("benefits").get(0).get("label").asText()).isEqualTo("养老金");
        assertThat(head.get("income").decimalValue()).isEqualByComparingTo("300");
        assertThat(member(file, "SPOUSE").get("idNumber").asText()).isEqualTo(ResidentIdNumber.parse(spouseId).masked());
        assertThat(file.get("household").get("perCapitaIncome").decimalValue()).isEqualByComparingTo("150");
        assertThat(file.toString()).doesNotContain(headId).doesNotContain(spouseId);

        assertThat(file.get("supporters").get(0).get("relation").get("label").asText()).isEqualTo("子女（赡养）");
        List<String> versions = new ArrayList<>();
        file.get("versions").forEach(v -> versions.add(v.get("summary").asText()));
        assertThat(versions).anyMatch(s -> s.contains("并入本户")).contains("户主健康状况改为长期慢性病");
        JsonNode healthChange = null;
        for (JsonNode v : file.get("versions")) {
            healthChange = v.get("summary").asText().equals("户主健康状况改为长期慢性病") ? v : healthChange;
        }
        assertThat(healthChange.get("changedBy").asText()).as("who changed the head's health").isEqualTo("qiaomu-caseworker");

        JsonNode own = caseOf(file, caseNumber);
        assertThat(own.get("status").get("label").asText()).isEqualTo("在办");
        assertThat(own.get("reports").get(0).get("description").asText()).isEqualTo("独居老人，摔伤后行动不便");
        assertThat(own.get("visits").get(0).get("investigators").asText()).isEqualTo("王建华、李秀兰");
        assertThat(own.get("visits").get(0).get("causes").get(1).get("label").asText()).isEqualTo("因残");
        assertThat(own.get("emergencyAid").get("amount").decimalValue()).isEqualByComparingTo("2000");
        assertThat(own.get("decisions").get(0).get("kind").get("label").asText()).isEqualTo("最低生活保障");
        assertThat(own.get("decisions").get(0).get("outcome").get("label").asText()).isEqualTo("批准");
        assertThat(own.get("referrals").get(0).get("department").get("code").asText()).isEqualTo("dept-medical");
        // the spouse's own case came along when she joined (并户)
        assertThat(caseOf(file, spouseCaseNumber).get("status").get("code").asText()).isEqualTo("CLOSED");

        // the household she left says where she went, and holds nobody
        HttpResponse<String> former = Http.basic(port, "qiaomu-caseworker", "demo").get("/api/households/" + spouseFormerHouseholdId);
        assertThat(former.statusCode()).as(former.body()).isEqualTo(200);
        assertThat(json.readTree(former.body()).get("mergedInto").asLong()).isEqualTo(householdId);
        assertThat(json.readTree(former.body()).get("members")).isEmpty();
        assertThat(json.readTree(former.body()).get("cases")).isEmpty();

        JsonNode entry = file.get("ledger").get(0);
        assertThat(entry.get("caseNumber").asText()).isEqualTo(caseNumber);
        assertThat(entry.get("category").get("label").asText()).isEqualTo("特殊困难");
        assertThat(entry.get("followUps").get(0).get("note").asText()).isEqualTo("病情稳定，继续回访");
    }

    @Test
    void theCountyReadsFullNumbersTheVillageMaskedOnes() throws Exception {
        JsonNode county = file("county-supervisor");
        assertThat(member(county, "HEAD").get("idNumber").asText()).isEqualTo(headId);
        assertThat(member(county, "SPOUSE").get("idNumber").asText()).isEqualTo(spouseId);
        assertThat(caseOf(county, caseNumber).get("idNumber").asText()).isEqualTo(headId);

        JsonNode village = file("lingtang-collector");
        assertThat(member(village, "HEAD").get("idNumber").asText()).isEqualTo(ResidentIdNumber.parse(headId).masked());
        assertThat(village.toString()).doesNotContain(headId).doesNotContain(spouseId);
    }

    @Test
    void anotherTownshipFindsNothingADepartmentAndTheBigDataAccountAreRefusedInChinese() throws Exception {
        HttpResponse<String> other = Http.basic(port, "rongcheng-caseworker", "demo").get("/api/households/" + householdId);
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(json.readTree(other.body()).get("error").get("message").asText())
                .isEqualTo("未找到户 " + householdId + " 的档案（或您无权查看）。");
        assertThat(search("rongcheng-caseworker", "idNumber", headId)).isEmpty();
        HttpResponse<byte[]> otherExport = export("rongcheng-caseworker");
        assertThat(otherExport.statusCode()).isEqualTo(404);

        for (String user : List.of("medical-liaison", "bigdata-platform")) {
            for (String path : List.of("/api/households/" + householdId, "/api/households/" + householdId + "/export.xlsx",
                    "/api/households?idNumber=" + headId)) {
                HttpResponse<String> refused = Http.basic(port, user, "demo").get(path);
                assertThat(refused.statusCode()).as(user + " " + path).isEqualTo(403);
                String message = json.readTree(refused.body()).get("error").get("message").asText();
                assertThat(message).as(user + " " + path).containsPattern("[\\u4e00-\\u9fa5]").doesNotContain(headId);
            }
        }
        HttpResponse<String> missing = Http.basic(port, "county-supervisor", "demo").get("/api/households/999999999");
        assertThat(missing.statusCode()).isEqualTo(404);
    }

    private List<JsonNode> search(String user, String by, String value) throws Exception {
        HttpResponse<String> response = Http.basic(port, user, "demo")
                .get("/api/households?" + by + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<JsonNode> found = new ArrayList<>();
        json.readTree(response.body()).forEach(found::add);
        return found;
    }

    @Test
    void theTownshipFindsTheHouseholdByIdNumberNameOrCaseNumber() throws Exception {
        for (String[] query : List.of(new String[] {"idNumber", spouseId}, new String[] {"idNumber", headId.toLowerCase()},
                new String[] {"name", headName.substring(2)}, new String[] {"caseNumber", spouseCaseNumber},
                new String[] {"caseNumber", caseNumber})) {
            List<JsonNode> found = search("qiaomu-caseworker", query[0], query[1]);
            assertThat(found).as(String.join("=", query)).hasSize(1);
            JsonNode line = found.get(0);
            assertThat(line.get("householdId").asLong()).isEqualTo(householdId);
            assertThat(line.get("headName").asText()).isEqualTo(headName);
            assertThat(line.get("headIdNumber").asText()).isEqualTo(ResidentIdNumber.parse(headId).masked());
            assertThat(line.get("members").asInt()).isEqualTo(2);
            assertThat(line.get("openCaseNumber").asText()).isEqualTo(caseNumber);
            assertThat(line.get("village").asText()).isEqualTo("凌塘村");
        }
        assertThat(search("county-supervisor", "name", headName).get(0).get("headIdNumber").asText()).isEqualTo(headId);

        HttpResponse<String> bad = Http.basic(port, "qiaomu-caseworker", "demo")
                .get("/api/households?idNumber=" + headId.substring(0, 17) + (headId.endsWith("1") ? "2" : "1"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json.readTree(bad.body()).get("error").get("message").asText()).contains("校验位");
        HttpResponse<String> none = Http.basic(port, "qiaomu-caseworker", "demo").get("/api/households");
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(json.readTree(none.body()).get("error").get("message").asText())
                .isEqualTo("请填写身份证号、姓名或案件编号中的一项来查找家庭。");
        HttpResponse<String> badCase = Http.basic(port, "qiaomu-caseworker", "demo").get("/api/households?caseNumber=12345");
        assertThat(badCase.statusCode()).isEqualTo(400);
        assertThat(json.readTree(badCase.body()).get("error").get("message").asText()).contains("格式不对");
    }

    private HttpResponse<byte[]> export(String user) {
        Http http = Http.basic(port, user, "demo");
        return http.send(http.request("/api/households/" + householdId + "/export.xlsx").GET(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theXlsxHoldsTheFileMaskedAsTheJson() throws Exception {
        HttpResponse<byte[]> response = export("qiaomu-caseworker");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).contains(".xlsx");
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            List<String> names = new ArrayList<>();
            book.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).containsExactly("家庭", "成员", "赡养义务人", "案件与救助", "台账与回访", "变更记录");

            Sheet members = book.getSheet("成员");
            assertThat(format.formatCellValue(members.getRow(0).getCell(3))).isEqualTo("身份证号");
            Row head = members.getRow(1);
            assertThat(format.formatCellValue(head.getCell(1))).isEqualTo("户主");
            assertThat(format.formatCellValue(head.getCell(2))).isEqualTo(headName);
            assertThat(format.formatCellValue(head.getCell(3))).isEqualTo(ResidentIdNumber.parse(headId).masked());
            assertThat(format.formatCellValue(head.getCell(7))).isEqualTo("长期慢性病");
            assertThat(members.getLastRowNum()).isEqualTo(2);

            StringBuilder all = new StringBuilder();
            book.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> all.append(format.formatCellValue(cell)).append('\t'))));
            assertThat(all.toString()).doesNotContain(headId).doesNotContain(spouseId)
                    .contains("乔木乡", caseNumber, spouseCaseNumber, "先行救助", "最低生活保障", "病情稳定，继续回访", "户档子女",
                            "户主健康状况改为长期慢性病");
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export("county-supervisor").body()))) {
            assertThat(new DataFormatter().formatCellValue(book.getSheet("成员").getRow(1).getCell(3))).isEqualTo(headId);
        }
    }

    @Test
    void everyReadSearchAndExportIsInTheAccessLog() throws Exception {
        long before = jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM personal_data_access").query(Long.class).single();
        Http.basic(port, "qiaomu-caseworker", "demo").get("/api/households/" + householdId + "?reason="
                + URLEncoder.encode("核对家庭成员收入", StandardCharsets.UTF_8));
        search("qiaomu-caseworker", "idNumber", headId);
        export("qiaomu-caseworker");

        List<String> rows = jdbc.sql("SELECT user_id || '|' || action || '|' || subject || '|' || COALESCE(township_code, '-') "
                        + "|| '|' || COALESCE(CAST(record_count AS VARCHAR(10)), '-') || '|' || COALESCE(reason, '-') "
                        + "FROM personal_data_access WHERE seq > :before AND user_id = 'qiaomu-caseworker' ORDER BY seq")
                .param("before", before).query(String.class).list();
        assertThat(rows).containsSubsequence(
                "qiaomu-caseworker|READ_HOUSEHOLD|一户一档 户 " + householdId + "|341723200|2|核对家庭成员收入",
                "qiaomu-caseworker|SEARCH_HOUSEHOLDS|查找一户一档 身份证号=" + ResidentIdNumber.parse(headId).masked() + "|-|1|-",
                "qiaomu-caseworker|EXPORT|一户一档-户" + householdId + ".xlsx|341723200|2|-");
        assertThat(String.join("\n", rows)).doesNotContain(headId);
    }

    @Test
    void thePageIsServedWithOurSecurityHeadersAndNoInlineScript() {
        HttpResponse<String> page = Http.anonymous(port).get("/household/index.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("script-src 'self';", "frame-ancestors 'none'", "object-src 'none'");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.body()).contains("<title>一户一档", "<script src=\"household.js\"></script>")
                .doesNotContain("<script>").doesNotContain("<style>");
    }
}
