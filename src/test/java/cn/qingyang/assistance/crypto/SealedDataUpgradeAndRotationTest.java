package cn.qingyang.assistance.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.qingyang.assistance.TestIdNumbers;
import cn.qingyang.assistance.intake.Channel;
import cn.qingyang.assistance.discovery.CaseRepository;
import cn.qingyang.assistance.intake.ReportRepository;
import cn.qingyang.assistance.intake.ValidReport;
import cn.qingyang.assistance.organisation.OrgLevel;
import cn.qingyang.assistance.organisation.OrgUnit;
import cn.qingyang.assistance.outside.OutboundMessageRepository;
import cn.qingyang.assistance.person.ResidentIdNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A database written by the version before encryption (migrations up to V10, ID numbers and phones
 * in clear) upgrades with nothing lost; then a key rotation, interrupted and started again, leaves
 * every person readable and found by their ID number, once.
 */
public class SealedDataUpgradeAndRotationTest {

    private static final OrgUnit QIAOMU = new OrgUnit("341723200", "乔木乡", OrgLevel.TOWNSHIP, "341723");
    private static final OrgUnit LINGTANG = new OrgUnit("341723200201", "凌塘村", OrgLevel.VILLAGE, "341723200");

    private DataSource dataSource;
    private JdbcClient jdbc;
    private final List<String> idNumbers = new ArrayList<>();

    /** An empty database; {@link SealedDataUpgradeOnPostgresIT} gives a PostgreSQL one. */
    protected DataSource emptyDatabase() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:upgrade-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        return h2;
    }

    /** Where the database's migrations are: the shared ones and this database's own. */
    protected String[] migrations() {
        return new String[] {"classpath:db/migration/common", "classpath:db/migration/h2"};
    }

    @BeforeEach
    void databaseOfThePreviousVersion() {
        dataSource = emptyDatabase();
        flyway(null).target("10").load().migrate();
        jdbc = JdbcClient.create(dataSource);
        jdbc.sql("INSERT INTO org_unit (code, name, level) VALUES ('341723', '青阳县', 'county')").update();
        jdbc.sql("INSERT INTO org_unit (code, name, level, parent_code) VALUES ('341723200', '乔木乡', 'township', '341723')").update();
        jdbc.sql("INSERT INTO org_unit (code, name, level, parent_code) VALUES ('341723200201', '凌塘村', 'village', '341723200')")
                .update();
        for (int i = 0; i < 7; i++) {
            String idNumber = TestIdNumbers.withCheckDigit("3417231950010" + (10 + i) + "12");
            idNumbers.add(idNumber);
            jdbc.sql("INSERT INTO person (id_number, name, phone, township_code, village_code) "
                            + "VALUES (:id, :name, :phone, '341723200', '341723200201')")
                    .param("id", idNumber).param("name", "旧版" + i).param("phone", i == 3 ? null : "1395566120" + i).update();
        }
        long person = jdbc.sql("SELECT id FROM person WHERE id_number = :id").param("id", idNumbers.get(0)).query(Long.class).single();
        jdbc.sql("INSERT INTO discovery_case (case_number, person_id, open_person_id, township_code, channel, urgent, "
                + "related_to_staff, status) VALUES ('341723200-202301-0001', :p, :p, '341723200', 'village_sweep', FALSE, FALSE, "
                + "'OPEN')").param("p", person).update();
        long caseId = jdbc.sql("SELECT id FROM discovery_case").query(Long.class).single();
        jdbc.sql("INSERT INTO care_arrangement (case_id, kind, caregiver_name, caregiver_phone) "
                + "VALUES (:c, 'MATERIAL_SERVICE', '邻居', '13800001111')").param("c", caseId).update();
        jdbc.sql("INSERT INTO outbound_message (channel, idempotency_key, case_id, recipient, payload, status) "
                + "VALUES ('SMS', 'sms:1:x', :c, '13955661200', '通知', 'SENT')").param("c", caseId).update();
    }

    @Test
    void theUpgradeSealsEveryIdNumberAndPhoneAndIndexesEveryPerson() {
        CryptoProperties keys = TestKeys.properties("k1", "i1");
        upgrade(keys);

        List<Map<String, Object>> rows = jdbc.sql("SELECT id_number, id_number_index, phone FROM person ORDER BY id")
                .query().listOfRows();
        assertThat(rows).hasSize(7);
        String everything = rows + jdbc.sql("SELECT caregiver_phone FROM care_arrangement").query(String.class).single()
                + jdbc.sql("SELECT recipient FROM outbound_message").query(String.class).single();
        for (String idNumber : idNumbers) {
            assertThat(everything).doesNotContain(idNumber);
        }
        assertThat(everything).doesNotContain("1395566120").doesNotContain("13800001111");
        assertThat(rows).allSatisfy(row -> {
            assertThat((String) row.get("ID_NUMBER")).startsWith("v1:k1:");
            assertThat((String) row.get("ID_NUMBER_INDEX")).startsWith("i1:");
        });
        assertThat(rows.get(3).get("PHONE")).as("no phone stays no phone").isNull();

        FieldCipher cipher = new FieldCipher(keys);
        assertThat(cipher.open(jdbc.sql("SELECT caregiver_phone FROM care_arrangement").query(String.class).single()))
                .isEqualTo("13800001111");
        assertThat(new OutboundMessageRepository(jdbc, cipher).phoneOfCase(caseId())).isEqualTo("13955661200");
        assertEveryPersonFoundOnceAndReadable(keys);
        assertThat(new DataKeyRotation(cipher, new BlindIndex(keys), keys, dataSource,
                new DataSourceTransactionManager(dataSource)).pending()).as("nothing left to do").isZero();
    }

    @Test
    void theIndexIsMandatoryAndUniqueAfterTheUpgrade() {
        CryptoProperties keys = TestKeys.properties("k1", "i1");
        upgrade(keys);
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO person (id_number, name, township_code) VALUES ('x', 'y', '341723200')")
                .update()).satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("id_number_index"));
        String taken = jdbc.sql("SELECT id_number_index FROM person ORDER BY id").query(String.class).list().get(0);
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO person (id_number, id_number_index, name, township_code) "
                + "VALUES ('x', :index, 'y', '341723200')").param("index", taken).update())
                .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("uq_person_id_number_index"));
    }

    @Test
    void aRotationKilledMidwayGoesOnAtTheNextStartAndLosesNobody() {
        upgrade(TestKeys.properties("k1", "i1"));
        // the next start: new current data key k2 and index key i2, the old ones kept for reading
        CryptoProperties rotating = TestKeys.properties(new String[] {"k2", "k1"}, new String[] {"i2", "i1"}, 2);
        DataKeyRotation first = rotation(rotating);
        assertThat(first.pending()).isEqualTo(9);
        assertThat(first.runBatch()).as("one batch of 2 per table, then killed").isEqualTo(2 + 1 + 1);

        // midway: old and new rows side by side, all readable and found
        List<String> stored = jdbc.sql("SELECT id_number FROM person ORDER BY id").query(String.class).list();
        assertThat(stored).filteredOn(s -> s.startsWith("v1:k2:")).hasSize(2);
        assertThat(stored).filteredOn(s -> s.startsWith("v1:k1:")).hasSize(5);
        assertEveryPersonFoundOnceAndReadable(rotating);

        // started again: goes on where it stopped
        DataKeyRotation second = rotation(rotating);
        assertThat(second.pending()).isEqualTo(5);
        assertThat(second.runToEnd()).as("what the background run at start does").isEqualTo(5);
        assertThat(second.pending()).isZero();
        assertThat(jdbc.sql("SELECT id_number FROM person").query(String.class).list()).allMatch(s -> s.startsWith("v1:k2:"));
        assertThat(jdbc.sql("SELECT phone FROM person WHERE phone IS NOT NULL").query(String.class).list())
                .hasSize(6).allMatch(s -> s.startsWith("v1:k2:"));
        assertThat(jdbc.sql("SELECT id_number_index FROM person").query(String.class).list()).allMatch(s -> s.startsWith("i2:"));
        assertThat(jdbc.sql("SELECT caregiver_phone FROM care_arrangement").query(String.class).single()).startsWith("v1:k2:");
        assertThat(jdbc.sql("SELECT recipient FROM outbound_message").query(String.class).single()).startsWith("v1:k2:");

        // once finished the old keys can go
        CryptoProperties rotated = TestKeys.properties("k2", "i2");
        assertEveryPersonFoundOnceAndReadable(rotated);
        assertThat(new OutboundMessageRepository(jdbc, new FieldCipher(rotated)).phoneOfCase(caseId())).isEqualTo("13955661200");
        rotation(rotated).startIfNeeded();
    }

    @Test
    void removingAnOldKeyBeforeTheRotationFinishedRefusesTheStart() {
        upgrade(TestKeys.properties("k1", "i1"));
        assertThatThrownBy(() -> rotation(TestKeys.properties("k2", "i1")).startIfNeeded())
                .isInstanceOf(DataKeyException.class).hasMessageContaining("person.id_number 中有 7 行")
                .hasMessageContaining("qingyang.crypto.data-keys");
        assertThatThrownBy(() -> rotation(TestKeys.properties(new String[] {"k1"}, new String[] {"i2"}, 500)).startIfNeeded())
                .isInstanceOf(DataKeyException.class).hasMessageContaining("检索索引").hasMessageContaining("重复建档");
    }

    private void assertEveryPersonFoundOnceAndReadable(CryptoProperties keys) {
        FieldCipher cipher = new FieldCipher(keys);
        ReportRepository persons = new ReportRepository(jdbc, cipher,
                new cn.qingyang.assistance.household.PersonRepository(jdbc, cipher, new BlindIndex(keys)));
        CaseRepository cases = new CaseRepository(jdbc, cipher);
        List<Long> ids = jdbc.sql("SELECT id FROM person ORDER BY id").query(Long.class).list();
        for (int i = 0; i < idNumbers.size(); i++) {
            String idNumber = idNumbers.get(i);
            long found = persons.upsertPerson(report(idNumber, "旧版" + i));
            assertThat(found).as("the person of " + idNumber + " is found, not created again").isEqualTo(ids.get(i));
            assertThat(cases.personIdNumber(found)).isEqualTo(idNumber);
            assertThat(cipher.open((String) jdbc.sql("SELECT phone FROM person WHERE id = :id").param("id", found)
                    .query().singleRow().get("PHONE"))).isEqualTo(i == 3 ? null : "1395566120" + i);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person").query(Long.class).single()).isEqualTo(7);
    }

    private static ValidReport report(String idNumber, String name) {
        return new ValidReport(Channel.VILLAGE_SWEEP, QIAOMU, LINGTANG, null, name, ResidentIdNumber.parse(idNumber), null,
                null, false, false, null);
    }

    private long caseId() {
        return jdbc.sql("SELECT id FROM discovery_case").query(Long.class).single();
    }

    private DataKeyRotation rotation(CryptoProperties keys) {
        return new DataKeyRotation(new FieldCipher(keys), new BlindIndex(keys), keys, dataSource,
                new DataSourceTransactionManager(dataSource));
    }

    private void upgrade(CryptoProperties keys) {
        flyway(new PersonalDataMigration(new FieldCipher(keys), new BlindIndex(keys))).load().migrate();
    }

    private org.flywaydb.core.api.configuration.FluentConfiguration flyway(PersonalDataMigration migration) {
        var configuration = Flyway.configure().dataSource(dataSource).locations(migrations());
        return migration == null ? configuration : configuration.javaMigrations(migration);
    }
}
