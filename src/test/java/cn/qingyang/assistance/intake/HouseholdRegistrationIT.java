package cn.qingyang.assistance.intake;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingyang.assistance.Http;
import cn.qingyang.assistance.IntegrationTest;
import cn.qingyang.assistance.TestIdNumbers;
import cn.qingyang.assistance.crypto.BlindIndex;
import cn.qingyang.assistance.crypto.FieldCipher;
import cn.qingyang.assistance.household.HouseholdRepository;
import cn.qingyang.assistance.household.HouseholdService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Reports are decided per household (以家庭为单位): a report of any member of a household joins the
 * household's one open case, two members reported at the same moment give one case (the database's
 * unique constraint decides), and two people are never put into one household because they share
 * a name and a village.
 */
@IntegrationTest
class HouseholdRegistrationIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String LINGTANG = "341723200201";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FieldCipher cipher;
    @Autowired
    BlindIndex index;
    @Autowired
    HouseholdService households;
    @Autowired
    HouseholdRepository householdRows;
    @Autowired
    RuntimeService runtime;

    @Test
    void aReportOfAnotherMemberJoinsTheHouseholdsOpenCase() throws Exception {
        String husband = TestIdNumbers.withCheckDigit("34292319480302" + "051");
        JsonNode first = body(as("qiaomu-caseworker").postJson("/api/reports", report("徐长根", husband).toString()), 201);
        long householdId = first.get("householdId").asLong();
        String wife = TestIdNumbers.withCheckDigit("34292319500811" + "062");
        long wifeId = person("刘桂芝", wife);
        householdRows.insertMember(householdId, wifeId, "SPOUSE");

        JsonNode second = body(as("lingtang-collector").postJson("/api/reports", report("刘桂芝", wife)
                .put("description", "老伴住院，家里无人照料").toString()), 200);

        assertThat(second.get("result").asText()).isEqualTo("ATTACHED");
        assertThat(second.get("caseNumber").asText()).isEqualTo(first.get("caseNumber").asText());
        assertThat(second.get("householdId").asLong()).isEqualTo(householdId);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM discovery_case WHERE household_id = :h").param("h", householdId)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void twoMembersReportedAtTheSameMomentGiveOneCase() throws Exception {
        String mother = TestIdNumbers.withCheckDigit("11010119560420" + "082");
        String son = TestIdNumbers.withCheckDigit("44030519851203" + "011");
        long motherId = person("方秀兰", mother);
        long sonId = person("汪建华", son);
        long householdId = households.householdOf(motherId, "341723200", LINGTANG, "test", "测试建档");
        householdRows.insertMember(householdId, sonId, "CHILD");

        int reporters = 8;
        ExecutorService pool = Executors.newFixedThreadPool(reporters);
        CountDownLatch ready = new CountDownLatch(reporters);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < reporters; i++) {
                Http caller = as("qiaomu-caseworker");
                String body = (i % 2 == 0 ? report("方秀兰", mother) : report("汪建华", son))
                        .put("description", "第 " + (i + 1) + " 路上报").toString();
                answers.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return caller.postJson("/api/reports", body);
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<JsonNode> bodies = new ArrayList<>();
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get(2, TimeUnit.MINUTES);
                statuses.add(response.statusCode());
                bodies.add(JSON.readTree(response.body()));
            }
            String all = bodies.toString();

            assertThat(statuses).as(all).containsOnly(200, 201).filteredOn(s -> s == 201).hasSize(1);
            assertThat(bodies).as(all).extracting(b -> b.get("caseNumber").asText())
                    .containsOnly(bodies.get(0).get("caseNumber").asText());
            assertThat(bodies).as(all).extracting(b -> b.get("householdId").asLong()).containsOnly(householdId);
            String caseNumber = bodies.get(0).get("caseNumber").asText();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM discovery_case WHERE household_id = :h").param("h", householdId)
                    .query(Long.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM case_report r JOIN discovery_case c ON c.id = r.case_id "
                    + "WHERE c.case_number = :n").param("n", caseNumber).query(Long.class).single()).isEqualTo(reporters);
            assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("DiscoveryCase")
                    .processInstanceBusinessKey(caseNumber).count()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoPeopleOfOneNameInOneVillageAreTwoHouseholds() throws Exception {
        JsonNode one = body(as("qiaomu-caseworker").postJson("/api/reports",
                report("张秀英", TestIdNumbers.withCheckDigit("34172319610707" + "022")).toString()), 201);
        JsonNode other = body(as("qiaomu-caseworker").postJson("/api/reports",
                report("张秀英", TestIdNumbers.withCheckDigit("34172319700915" + "044")).toString()), 201);

        assertThat(other.get("householdId").asLong()).isNotEqualTo(one.get("householdId").asLong());
        assertThat(other.get("caseNumber").asText()).isNotEqualTo(one.get("caseNumber").asText());
        assertThat(householdRows.members(one.get("householdId").asLong())).singleElement()
                .satisfies(m -> assertThat(m.relation()).isEqualTo("HEAD"));
        assertThat(householdRows.versions(one.get("householdId").asLong())).singleElement()
                .satisfies(v -> assertThat(v.source()).isEqualTo("上报（为民服务中心窗口）"));
    }

    /** A person as registration stores one: ID number and phone sealed, found by the blind index. */
    private long person(String name, String idNumber) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO person (id_number, id_number_index, name, township_code, village_code) "
                        + "VALUES (:number, :index, :name, '341723200', :village)")
                .param("number", cipher.seal(idNumber)).param("index", index.of(idNumber)).param("name", name)
                .param("village", LINGTANG).update(keys, "id");
        return keys.getKey().longValue();
    }

    static ObjectNode report(String name, String idNumber) {
        ObjectNode report = JSON.createObjectNode().put("channel", "walk_in").put("reporter", "村委会")
                .put("townshipCode", "341723200").put("villageCode", LINGTANG);
        report.putObject("person").put("name", name).put("idNumber", idNumber).put("phone", "13955661234");
        return report.put("description", "家庭困难，需要上门了解情况").put("urgent", false);
    }

    private Http as(String user) {
        return Http.basic(port, user, "demo");
    }

    private static JsonNode body(HttpResponse<String> response, int expectedStatus) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return JSON.readTree(response.body());
    }
}
