package cn.qingyang.assistance.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qingyang.assistance.Http;
import cn.qingyang.assistance.IntegrationTest;
import cn.qingyang.assistance.TestIdNumbers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A report over /api/reports leaves no ID number or phone in clear in our tables, and the person is still found. */
@IntegrationTest
class EncryptionAtRestIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String PHONE = "13955667701";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    BlindIndex index;
    @Autowired
    FieldCipher cipher;

    @Test
    void aReportedPersonsIdNumberAndPhoneAreStoredEncryptedAndTheNextReportFindsThem() throws Exception {
        String idNumber = TestIdNumbers.withCheckDigit("34172319370707061");
        JsonNode first = answer(Http.basic(port, "lingtang-collector", "demo").postJson("/api/reports",
                report("village_sweep", idNumber, PHONE).toString()), 201);
        assertThat(first.get("result").asText()).isEqualTo("OPENED");

        Map<String, Object> row = jdbc.sql("SELECT * FROM person WHERE id_number_index = :index")
                .param("index", index.of(idNumber)).query().singleRow();
        assertThat(row.toString()).as("the whole row").doesNotContain(idNumber).doesNotContain(idNumber.substring(6, 14))
                .doesNotContain(PHONE).doesNotContain(PHONE.substring(3));
        assertThat((String) row.get("id_number")).startsWith("v1:demo:");
        assertThat((String) row.get("phone")).startsWith("v1:demo:");
        assertThat(cipher.open((String) row.get("id_number"))).isEqualTo(idNumber);
        assertThat(cipher.open((String) row.get("phone"))).isEqualTo(PHONE);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person WHERE id_number = :id OR phone = :phone")
                .param("id", idNumber).param("phone", PHONE).query(Long.class).single())
                .as("a search for the plain number finds nothing").isZero();

        // the township hears of the same person on the hotline, with a lower-case x and a new phone
        JsonNode second = answer(Http.basic(port, "qiaomu-caseworker", "demo").postJson("/api/reports",
                report("hotline_12345", idNumber.toLowerCase(), "13955667702").put("villageCode", "341723200201").toString()), 200);
        assertThat(second.get("result").asText()).isEqualTo("ATTACHED");
        assertThat(second.get("caseNumber").asText()).isEqualTo(first.get("caseNumber").asText());
        assertThat(jdbc.sql("SELECT phone FROM person WHERE id_number_index = :index").param("index", index.of(idNumber))
                .query(String.class).list()).singleElement().satisfies(phone -> {
                    assertThat(phone).startsWith("v1:demo:");
                    assertThat(cipher.open(phone)).isEqualTo("13955667702");
                });
    }

    private static ObjectNode report(String channel, String idNumber, String phone) {
        ObjectNode report = JSON.createObjectNode().put("channel", channel).put("reporter", "村委会");
        report.putObject("person").put("name", "加密存储").put("idNumber", idNumber).put("phone", phone);
        return report.put("description", "家庭困难，需要上门了解情况").put("urgent", false);
    }

    private static JsonNode answer(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }
}
