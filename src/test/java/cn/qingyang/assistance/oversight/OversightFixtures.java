package cn.qingyang.assistance.oversight;

import cn.qingyang.assistance.TestIdNumbers;
import cn.qingyang.assistance.crypto.BlindIndex;
import cn.qingyang.assistance.crypto.FieldCipher;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Recipients approved at a chosen time, written straight into our tables: the spot check and the
 * assessment read these tables, and a far-off month keeps each test's draw to its own data. Also
 * the county's time zone and the townships the oversight tests use.
 */
public final class OversightFixtures {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    public static final String JIUHUAXIANG = "341723203";
    public static final String ZHUBEI = "341723106";
    public static final String YANGTIAN = "341723107";

    private static final AtomicInteger SERIAL = new AtomicInteger(100);

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final BlindIndex index;

    public OversightFixtures(JdbcClient jdbc, FieldCipher cipher, BlindIndex index) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.index = index;
    }

    /** A closed case of the township, its person born 1966-09-09 with a serial unique in this JVM. */
    public long closedCase(String township, boolean relatedToStaff) {
        int serial = SERIAL.incrementAndGet();
        String idNumber = TestIdNumbers.withCheckDigit("34172319660909" + String.format("%03d", serial % 1000));
        jdbc.sql("INSERT INTO person (id_number, id_number_index, name, township_code) VALUES (:id, :index, :name, :township)")
                .param("id", cipher.seal(idNumber)).param("index", index.of(idNumber)).param("name", "抽查对象" + serial)
                .param("township", township).update();
        long person = jdbc.sql("SELECT id FROM person WHERE id_number_index = :index").param("index", index.of(idNumber))
                .query(Long.class).single();
        String number = township + "-203105-S" + serial;
        // the person's household (one person, its head), as registration makes one
        var household = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO household (township_code) VALUES (:township)").param("township", township).update(household, "id");
        long householdId = household.getKey().longValue();
        jdbc.sql("INSERT INTO household_member (household_id, person_id, relation, head_of_household) VALUES (:h, :p, 'HEAD', :h)")
                .param("h", householdId).param("p", person).update();
        jdbc.sql("INSERT INTO discovery_case (case_number, person_id, household_id, township_code, channel, urgent, "
                        + "related_to_staff, status) VALUES (:number, :person, :household, :township, 'village_sweep', FALSE, :related, 'CLOSED')")
                .param("number", number).param("person", person).param("household", householdId).param("township", township)
                .param("related", relatedToStaff).update();
        return jdbc.sql("SELECT id FROM discovery_case WHERE case_number = :n").param("n", number).query(Long.class).single();
    }

    public void dibaoApproved(long caseId, OffsetDateTime at) {
        decision(caseId, "DIBAO", "APPROVED", at);
    }

    public void dibaoRefused(long caseId, OffsetDateTime at) {
        decision(caseId, "DIBAO", "REFUSED", at);
    }

    public void temporaryPaid(long caseId, OffsetDateTime at) {
        decision(caseId, "TEMPORARY", "PAID", at);
    }

    public void careArranged(long caseId, OffsetDateTime at) {
        jdbc.sql("INSERT INTO care_arrangement (case_id, kind, institution_name, recorded_at) "
                        + "VALUES (:case, 'CENTRAL_CARE', '县社会福利中心', :at)")
                .param("case", caseId).param("at", at).update();
    }

    private void decision(long caseId, String kind, String outcome, OffsetDateTime at) {
        jdbc.sql("INSERT INTO assistance_decision (case_id, kind, outcome, decided_at) VALUES (:case, :kind, :outcome, :at)")
                .param("case", caseId).param("kind", kind).param("outcome", outcome).param("at", at).update();
    }

    /** Task variables from name, value pairs (values may be null, unlike {@link Map#of}). */
    public static Map<String, Object> vars(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
