package cn.qingyang.assistance.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.qingyang.assistance.TestIdNumbers;
import cn.qingyang.assistance.crypto.BlindIndex;
import cn.qingyang.assistance.crypto.CryptoProperties;
import cn.qingyang.assistance.crypto.FieldCipher;
import cn.qingyang.assistance.organisation.OrganisationGroups;
import cn.qingyang.assistance.security.CallerScope;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Nothing lost on upgrade (issue 15 §8): a database as the previous release (Flyway V15) wrote it,
 * with persons (ID numbers and phones sealed, found by their blind index), open and closed cases,
 * reports, visits, first aid, 急难 and classified ledger entries and their follow-ups, migrates to
 * the latest version with every row arriving: each person a one-person household and its head,
 * every case and ledger entry attached to that household, open cases holding the household's one
 * open-case slot, follow-ups still on their entries, and the ledger read by this version's code.
 *
 * <p>V11.1 (the Java step sealing what V10 wrote in clear, {@code crypto.PersonalDataMigration}) is
 * not part of this run: the rows here are written sealed, as V15's code wrote them, after it.
 */
class UpgradeFromV15Test {

    static final List<String> TABLES = List.of("person", "discovery_case", "case_report", "home_visit", "emergency_aid",
            "ledger_entry", "follow_up_visit", "case_event");

    private final CryptoProperties keys = new CryptoProperties("k1", Map.of("k1", key(16, 3)), "i1",
            Map.of("i1", key(32, 5)), 500);
    private final FieldCipher cipher = new FieldCipher(keys);
    private final BlindIndex index = new BlindIndex(keys);

    private DataSource dataSource;
    private JdbcClient jdbc;
    private final Map<String, Long> persons = new LinkedHashMap<>();
    private final Map<String, Long> cases = new LinkedHashMap<>();
    private final Map<String, Long> entries = new LinkedHashMap<>();
    private Map<String, Long> countsBefore;

    private static String key(int bytes, int seed) {
        byte[] key = new byte[bytes];
        for (int i = 0; i < bytes; i++) {
            key[i] = (byte) (seed * 31 + i * 7);
        }
        return Base64.getEncoder().encodeToString(key);
    }

    /** An empty database; {@link UpgradeFromV15OnPostgresIT} gives a PostgreSQL one. */
    protected DataSource emptyDatabase() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:upgrade15-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        return h2;
    }

    protected String[] migrations() {
        return new String[] {"classpath:db/migration/common", "classpath:db/migration/h2"};
    }

    private Flyway flyway(String target) {
        var configuration = Flyway.configure().dataSource(dataSource).locations(migrations());
        return (target == null ? configuration : configuration.target(target)).load();
    }

    @BeforeEach
    void databaseAsVersion15WroteIt() {
        dataSource = emptyDatabase();
        flyway("15").migrate();
        jdbc = JdbcClient.create(dataSource);
        jdbc.sql("INSERT INTO org_unit (code, name, level) VALUES ('341723', '青阳县', 'county')").update();
        jdbc.sql("INSERT INTO org_unit (code, name, level, parent_code) VALUES ('341723200', '乔木乡', 'township', '341723')").update();
        jdbc.sql("INSERT INTO org_unit (code, name, level, parent_code) VALUES ('341723200201', '凌塘村', 'village', '341723200')").update();
        jdbc.sql("INSERT INTO org_unit (code, name, level, parent_code) VALUES ('341723200202', '金山村', 'village', '341723200')").update();

        person("王德福", "342923194205061", "341723200201", "13955660001");   // an elderly resident, the pre-2000 code
        person("李秀英", "341723196807153", "341723200201", null);
        person("张建国", "341723197511204", "341723200202", "13955660003");
        person("陈桂兰", "110101195003085", "341723200202", "13955660004");   // born in Beijing, lives here
        person("刘小军", "341723200809126", "341723200201", "13955660005");

        // 王德福: a closed case classified 特殊困难 and followed up twice, then reported again (open)
        kase("王德福", "341723200-202303-0001", "341723200201", "CLOSED", "SPECIAL", false);
        report("341723200-202303-0001", "village_sweep", "OPENED");
        visit("341723200-202303-0001", 1, true, "DISABLED", 2, 4, "LOST", 1, "300.00", "SEVERE", "NONE", "周敏");
        entry("王德福-special", "341723200-202303-0001", "CLASSIFIED", "SPECIAL", false, "03,01", "ACTIVE", LocalDate.of(2026, 12, 10));
        followUp("王德福-special", 1, LocalDate.of(2023, 5, 10), "UNCHANGED");
        followUp("王德福-special", 2, LocalDate.of(2023, 6, 12), "UNCHANGED");
        kase("王德福", "341723200-202611-0007", "341723200201", "OPEN", null, false);
        report("341723200-202611-0007", "hotline", "OPENED");
        report("341723200-202611-0007", "village_sweep", "ATTACHED");

        // 李秀英: an open urgent case, aided first (急难 ledger), visited once without seeing her
        kase("李秀英", "341723200-202611-0008", "341723200201", "OPEN", null, true);
        report("341723200-202611-0008", "hotline", "OPENED");
        jdbc.sql("INSERT INTO emergency_aid (case_id, aid_kind, amount, purpose, county_approved) "
                + "VALUES (:c, 'CASH', 2000.00, '住院押金', FALSE)").param("c", cases.get("341723200-202611-0008")).update();
        entry("李秀英-urgent", "341723200-202611-0008", "URGENT", null, true, null, "ACTIVE", null);
        visit("341723200-202611-0008", 1, false, null, null, null, null, null, null, null, null, "周敏");

        // 张建国: closed, classified 一般困难 after a second visit, followed up once and closed (销号)
        kase("张建国", "341723200-202304-0002", "341723200202", "CLOSED", "GENERAL", false);
        report("341723200-202304-0002", "big_data", "OPENED");
        visit("341723200-202304-0002", 1, false, null, null, null, null, null, null, null, null, "吴刚");
        visit("341723200-202304-0002", 2, true, "CHRONIC", 0, 0, "PARTIAL", 3, "2400.00", "MODERATE", "WEAK", "吴刚");
        entry("张建国-general", "341723200-202304-0002", "CLASSIFIED", "GENERAL", false, "01", "CLOSED", null);
        followUp("张建国-general", 1, LocalDate.of(2023, 7, 20), "RESOLVED");

        // 陈桂兰: closed unfound, no ledger entry; 刘小军: an open case not yet visited
        kase("陈桂兰", "341723200-202305-0003", "341723200202", "CLOSED", null, false);
        report("341723200-202305-0003", "online", "OPENED");
        kase("刘小军", "341723200-202611-0009", "341723200201", "OPEN", null, false);
        report("341723200-202611-0009", "village_sweep", "OPENED");

        countsBefore = counts();
    }

    private void person(String name, String idBody, String village, String phone) {
        String idNumber = TestIdNumbers.withCheckDigit(idBody + "12");
        jdbc.sql("INSERT INTO person (id_number, id_number_index, name, phone, township_code, village_code) "
                        + "VALUES (:id, :index, :name, :phone, '341723200', :village)")
                .param("id", cipher.seal(idNumber)).param("index", index.of(idNumber)).param("name", name)
                .param("phone", phone == null ? null : cipher.seal(phone)).param("village", village).update();
        persons.put(name, jdbc.sql("SELECT id FROM person WHERE id_number_index = :index").param("index", index.of(idNumber))
                .query(Long.class).single());
    }

    private void kase(String person, String number, String village, String status, String category, boolean urgent) {
        long personId = persons.get(person);
        jdbc.sql("INSERT INTO discovery_case (case_number, person_id, open_person_id, township_code, village_code, channel, "
                        + "urgent, related_to_staff, status, category, process_instance_id, closed_at, household_registration) "
                        + "VALUES (:number, :person, :open, '341723200', :village, 'village_sweep', :urgent, FALSE, :status, "
                        + ":category, :pi, :closed, 'LOCAL')")
                .param("number", number).param("person", personId).param("open", "OPEN".equals(status) ? personId : null)
                .param("village", village).param("urgent", urgent).param("status", status).param("category", category)
                .param("pi", UUID.randomUUID().toString())
                .param("closed", "CLOSED".equals(status) ? java.time.OffsetDateTime.now().minusYears(2) : null).update();
        long caseId = jdbc.sql("SELECT id FROM discovery_case WHERE case_number = :n").param("n", number).query(Long.class).single();
        cases.put(number, caseId);
        jdbc.sql("INSERT INTO case_event (case_id, kind, detail, actor) VALUES (:c, 'REGISTERED', '登记', 'system')")
                .param("c", caseId).update();
    }

    private void report(String number, String channel, String result) {
        jdbc.sql("INSERT INTO case_report (case_id, channel, reporter, reported_by, description, urgent, result) "
                        + "VALUES (:c, :channel, '村协理员', 'lingtang-collector', '生活困难', FALSE, :result)")
                .param("c", cases.get(number)).param("channel", channel).param("result", result).update();
    }

    private void visit(String number, int no, boolean seen, String health, Integer grade, Integer adlFailed, String labour,
                       Integer size, String wage, String degree, String selfHelp, String investigator) {
        jdbc.sql("""
                        INSERT INTO home_visit (case_id, visit_no, visit_date, investigator1, investigator2, person_seen,
                            not_seen_reason, health_status, disability_grade, labour_capacity, adl_failed, household_size,
                            income_wage, income_business, income_property, income_transfer, main_assets, medical_spending,
                            education_spending, causes, hardship_degree, self_help_capacity, findings, countermeasures,
                            conclusion, recorded_by)
                        VALUES (:c, :no, :date, :i1, '孙丽', :seen, :reason, :health, :grade, :labour, :adl, :size,
                            :wage, :zero, :zero, :transfer, :assets, :zero, :zero, :causes, :degree, :selfHelp, :findings,
                            :measures, :conclusion, 'qiaomu-caseworker')""")
                .param("c", cases.get(number)).param("no", no).param("date", LocalDate.of(2023, 4, 1).plusDays(no))
                .param("i1", investigator).param("seen", seen).param("reason", seen ? null : "外出务工未归")
                .param("health", health).param("grade", grade).param("labour", labour).param("adl", adlFailed)
                .param("size", size).param("wage", wage == null ? null : new BigDecimal(wage))
                .param("zero", seen ? BigDecimal.ZERO : null).param("transfer", seen ? new BigDecimal("150.00") : null)
                .param("assets", seen ? "自建房一处" : null).param("causes", seen ? "01" : null).param("degree", degree)
                .param("selfHelp", selfHelp).param("findings", seen ? "情况属实" : null)
                .param("measures", seen ? "申请低保" : null).param("conclusion", seen ? "COMPLETE" : "NOT_SEEN").update();
    }

    private void entry(String key, String number, String kind, String category, boolean urgent, String causes,
                       String status, LocalDate next) {
        jdbc.sql("""
                        INSERT INTO ledger_entry (case_id, person_id, kind, township_code, village_code, category, urgent,
                                                  causes, measures, next_follow_up, status)
                        SELECT id, person_id, :kind, township_code, village_code, :category, :urgent, :causes, :measures,
                               :next, :status
                          FROM discovery_case WHERE id = :case""")
                .param("kind", kind).param("category", category).param("urgent", urgent).param("causes", causes)
                .param("measures", "救助路径：申请低保").param("next", next).param("status", status)
                .param("case", cases.get(number)).update();
        entries.put(key, jdbc.sql("SELECT id FROM ledger_entry WHERE case_id = :c AND kind = :k")
                .param("c", cases.get(number)).param("k", kind).query(Long.class).single());
    }

    private void followUp(String entry, int no, LocalDate date, String outcome) {
        jdbc.sql("INSERT INTO follow_up_visit (ledger_entry_id, visit_no, visit_date, outcome, note) "
                        + "VALUES (:e, :no, :date, :outcome, '回访记录')")
                .param("e", entries.get(entry)).param("no", no).param("date", date).param("outcome", outcome).update();
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
        }
        return counts;
    }

    private long householdOf(String person) {
        return jdbc.sql("SELECT household_id FROM household_member WHERE person_id = :p").param("p", persons.get(person))
                .query(Long.class).single();
    }

    @Test
    void everyRowArrivesAndEveryPersonHeadsAHouseholdOfTheirOwn() {
        flyway(null).migrate();

        assertThat(counts()).as("no row lost, none added").isEqualTo(countsBefore);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM household").query(Long.class).single()).isEqualTo(persons.size());
        for (Map.Entry<String, Long> person : persons.entrySet()) {
            Map<String, Object> member = jdbc.sql("SELECT m.household_id, m.relation, m.head_of_household, h.township_code, "
                            + "h.village_code, p.village_code AS person_village FROM household_member m "
                            + "JOIN household h ON h.id = m.household_id JOIN person p ON p.id = m.person_id "
                            + "WHERE m.person_id = :p").param("p", person.getValue()).query().singleRow();
            assertThat(member.get("relation")).as(person.getKey() + " heads the household").isEqualTo("HEAD");
            assertThat(member.get("head_of_household")).isEqualTo(member.get("household_id"));
            assertThat(member.get("township_code")).isEqualTo("341723200");
            assertThat(member.get("village_code")).isEqualTo(member.get("person_village"));
            assertThat(jdbc.sql("SELECT COUNT(*) FROM household_member WHERE household_id = :h")
                    .param("h", member.get("household_id")).query(Long.class).single()).as("a one-person household").isOne();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM household_version WHERE household_id = :h")
                    .param("h", member.get("household_id")).query(Long.class).single()).as("its first version").isOne();
        }
        assertThat(new java.util.HashSet<>(persons.keySet().stream().map(this::householdOf).toList())).hasSize(persons.size());

        // every case on its person's household; open cases hold the household's open-case slot, closed ones not
        List<Map<String, Object>> rows = jdbc.sql("SELECT c.case_number, c.status, c.household_id, c.open_household_id, "
                + "m.household_id AS person_household FROM discovery_case c JOIN household_member m ON m.person_id = c.person_id")
                .query().listOfRows();
        assertThat(rows).hasSize(cases.size()).allSatisfy(row -> {
            assertThat(row.get("household_id")).as(row.get("case_number") + "").isEqualTo(row.get("person_household"));
            if ("OPEN".equals(row.get("status"))) {
                assertThat(row.get("open_household_id")).as(row.get("case_number") + " open").isEqualTo(row.get("household_id"));
            } else {
                assertThat(row.get("open_household_id")).as(row.get("case_number") + " closed").isNull();
            }
        });
        assertThat(rows).filteredOn(row -> "OPEN".equals(row.get("status"))).hasSize(3);

        // every ledger entry on its household, its follow-ups still reachable from it
        assertThat(jdbc.sql("SELECT l.id, l.household_id, m.household_id AS person_household FROM ledger_entry l "
                + "JOIN household_member m ON m.person_id = l.person_id").query().listOfRows())
                .hasSize(entries.size())
                .allSatisfy(row -> assertThat(row.get("household_id")).isNotNull().isEqualTo(row.get("person_household")));
        assertThat(followUpsOf("王德福-special")).containsExactly(LocalDate.of(2023, 5, 10), LocalDate.of(2023, 6, 12));
        assertThat(followUpsOf("张建国-general")).containsExactly(LocalDate.of(2023, 7, 20));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM follow_up_visit f JOIN ledger_entry l ON l.id = f.ledger_entry_id "
                + "JOIN household h ON h.id = l.household_id").query(Long.class).single())
                .isEqualTo(countsBefore.get("follow_up_visit"));

        // the persons are still found by their blind index and read in clear
        assertThat(jdbc.sql("SELECT id_number FROM person WHERE id = :p").param("p", persons.get("王德福"))
                .query(String.class).single()).startsWith("v1:k1:");
    }

    private List<LocalDate> followUpsOf(String entry) {
        return jdbc.sql("SELECT f.visit_date FROM follow_up_visit f WHERE f.ledger_entry_id = :e ORDER BY f.visit_no")
                .param("e", entries.get(entry)).query(LocalDate.class).list();
    }

    @Test
    void theDatabaseHoldsTheHouseholdRulesForTheUpgradedRows() {
        flyway(null).migrate();
        long household = householdOf("王德福");
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO discovery_case (case_number, person_id, household_id, open_household_id, "
                        + "township_code, channel, urgent, related_to_staff, status) VALUES ('341723200-202611-0099', :p, :h, :h, "
                        + "'341723200', 'hotline', FALSE, FALSE, 'OPEN')")
                .param("p", persons.get("王德福")).param("h", household).update())
                .as("a second open case of the household")
                .satisfies(e -> assertThat(e.getMessage().toLowerCase()).contains("uq_case_open_household"));
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO ledger_entry (case_id, person_id, kind, township_code, urgent, status) "
                        + "VALUES (:c, :p, 'URGENT', '341723200', TRUE, 'ACTIVE')")
                .param("c", cases.get("341723200-202611-0009")).param("p", persons.get("刘小军")).update())
                .as("a ledger entry without its household")
                .satisfies(e -> assertThat(e.getMessage().toLowerCase()).contains("household_id"));
    }

    @Test
    void classifiedEntriesOfThePreviousVersionShowTheNoticesColumnsFromTheirVisits() {
        flyway(null).migrate();
        Map<String, Object> special = jdbc.sql("SELECT health_status, disability_grade, self_care, labour_capacity, "
                        + "hardship_degree, self_help_capacity, household_size, per_capita_income, responsible_person "
                        + "FROM ledger_entry WHERE id = :e").param("e", entries.get("王德福-special")).query().singleRow();
        assertThat(special).containsEntry("health_status", "DISABLED").containsEntry("disability_grade", 2)
                .containsEntry("self_care", "NONE").containsEntry("labour_capacity", "LOST")
                .containsEntry("hardship_degree", "SEVERE").containsEntry("self_help_capacity", "NONE")
                .containsEntry("household_size", 1).containsEntry("responsible_person", "周敏");
        assertThat((BigDecimal) special.get("per_capita_income")).isEqualByComparingTo("450.00");
        Map<String, Object> general = jdbc.sql("SELECT labour_capacity, self_care, household_size, per_capita_income "
                + "FROM ledger_entry WHERE id = :e").param("e", entries.get("张建国-general")).query().singleRow();
        assertThat(general).as("from the second visit, the one that saw him").containsEntry("labour_capacity", "PARTIAL")
                .containsEntry("self_care", "SELF").containsEntry("household_size", 3);
        assertThat((BigDecimal) general.get("per_capita_income")).isEqualByComparingTo("850.00");
        assertThat(jdbc.sql("SELECT health_status FROM ledger_entry WHERE id = :e").param("e", entries.get("李秀英-urgent"))
                .query().singleRow().get("health_status")).as("the 急难 entry: no classification").isNull();
        assertThat(jdbc.sql("SELECT responsible_person FROM household WHERE id = :h").param("h", householdOf("张建国"))
                .query(String.class).single()).as("the household's 包保责任人").isEqualTo("吴刚");
        assertThat(jdbc.sql("SELECT responsible_person FROM household WHERE id = :h").param("h", householdOf("刘小军"))
                .query(String.class).optional()).as("no classification, nobody named").isEmpty();

        // this version's ledger reads them: county staff see all three, with the household and 上次回访
        LedgerRepository ledger = new LedgerRepository(jdbc, cipher);
        CallerScope county = new CallerScope("county-supervisor", List.of(OrganisationGroups.COUNTY));
        List<LedgerRepository.Entry> classified = ledger.all(new LedgerQuery(null, null, null, null, null, 0, 1), county);
        assertThat(classified).hasSize(2);
        LedgerRepository.Entry wang = classified.stream().filter(e -> e.personName().equals("王德福")).findFirst().orElseThrow();
        assertThat(wang.householdId()).isEqualTo(householdOf("王德福"));
        assertThat(wang.headName()).isEqualTo("王德福");
        assertThat(wang.idNumber()).startsWith("342923");
        assertThat(wang.lastFollowUp()).isEqualTo(LocalDate.of(2023, 6, 12));
        assertThat(wang.nextFollowUp()).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(LedgerColumns.physicalCondition(wang.columns().healthStatus(), wang.columns().disabilityGrade(),
                wang.columns().selfCare())).isEqualTo("残疾（二级），失能");
        assertThat(ledger.all(new LedgerQuery(null, null, "URGENT", null, null, 0, 1), county)).singleElement()
                .satisfies(e -> assertThat(e.householdId()).isEqualTo(householdOf("李秀英")));
    }
}
