package cn.qingyang.assistance.upgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import cn.qingyang.assistance.accesslog.AccessLogOnDataSource;
import cn.qingyang.assistance.crypto.BlindIndex;
import cn.qingyang.assistance.crypto.FieldCipher;
import cn.qingyang.assistance.crypto.PersonalDataMigrations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * Upgrades from any earlier release (issue 16 §4). The schema's released versions are its Flyway
 * versions: for each of them (read from the migrations themselves, so a new migration is covered the
 * day it lands) a fresh database is migrated step by step to exactly that version, and at each step
 * the rows that step's code wrote are inserted ({@code src/test/resources/upgrade/V<version>.sql}, one
 * fixture per migration, applied while its version is the current one). That database, "written by
 * Vn", is checked to fill every table and every column (so a new table or column cannot be forgotten
 * here), every row of every table is read by its primary key, the database is migrated to the newest
 * version, and every row must still be there with the same value in every column that still exists,
 * except where a migration is declared in {@link #DECLARED} to change earlier rows: each declaration
 * is verified by its own assertion instead. Rows added by migrations are allowed; rows lost never.
 *
 * <p>{@code UpgradeFromV15Test} checks the V15 upgrade's backfills in more detail; this test covers
 * every version. {@link EveryEarlierSchemaUpgradeOnPostgresIT} runs it on PostgreSQL.
 */
class EveryEarlierSchemaUpgradeTest {

    /** The fixtures' sealed values and access-log links were made with these keys (see UpgradeFixtureValues). */
    private static final FieldCipher CIPHER = new FieldCipher(UpgradeFixtureValues.KEYS);
    private static final BlindIndex INDEX = new BlindIndex(UpgradeFixtureValues.KEYS);

    /** Flyway's own table: it gains a row per migration, that is its job. */
    private static final String FLYWAY_HISTORY = "flyway_schema_history";

    /**
     * Migrations that write into rows an earlier version wrote. The columns named are not compared
     * with their value before the upgrade; the declaration's own assertion checks what the migration
     * promises instead. It runs whenever the upgrade applied that migration.
     */
    private static final List<Declared> DECLARED = List.of(
            // V11.1 (Java, crypto.PersonalDataMigration) seals ID numbers and phones written in clear
            new Declared("11.1", "person", List.of("id_number", "phone", "id_number_index"), Checks::sealedInPlace),
            new Declared("11.1", "care_arrangement", List.of("caregiver_phone"), Checks::sealedInPlace),
            new Declared("11.1", "outbound_message", List.of("recipient"), Checks::sealedInPlace),
            // V15: every earlier case was of a local 户籍 (only 341723 numbers were accepted)
            new Declared("15", "discovery_case", List.of("household_registration"), Checks::earlierCasesLocal),
            // V16: every person becomes a one-person household, its cases and ledger entries attached
            new Declared("16", "discovery_case", List.of("household_id", "open_household_id"), Checks::personsBecomeHouseholds),
            // V17: entries V16's code wrote without a household take their case's
            new Declared("17", "ledger_entry", List.of("household_id"), Checks::entriesTakeTheirCasesHousehold),
            // V17: classified entries take the notice's columns from their case's latest visit that saw the person
            new Declared("17", "ledger_entry", List.of("health_status", "disability_grade", "self_care", "labour_capacity",
                    "hardship_degree", "self_help_capacity", "household_size", "per_capita_income", "responsible_person"),
                    Checks::classifiedEntriesFromTheirVisits),
            // V17: a household where nobody was named yet takes the 包保责任人 of its latest classified entry
            new Declared("17", "household", List.of("responsible_person"), Checks::householdsTakeTheirResponsiblePerson),
            // V18: earlier reports name the case's person
            new Declared("18", "case_report", List.of("person_id"), Checks::reportsNameTheCasesPerson));

    /** A migration that changes earlier rows, the table and columns it writes, and the assertion of what it promises. */
    record Declared(String migration, String table, List<String> columns, Check check) {
    }

    @FunctionalInterface
    interface Check {
        void verify(Upgrade upgrade);
    }

    /** A database written by {@code from}, its rows before the upgrade, and the upgraded database. */
    record Upgrade(MigrationVersion from, Map<String, Table> before, JdbcClient jdbc, Map<String, Table> after) {
    }

    /** Every row of a table by its primary key (values as the driver reads them as text), and its columns. */
    record Table(List<String> key, List<String> columns, Map<String, Map<String, String>> rows) {
    }

    // ---- the databases; EveryEarlierSchemaUpgradeOnPostgresIT gives PostgreSQL ones --------------------------------

    protected DataSource emptyDatabase(String version) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:upgrade-" + version + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        return h2;
    }

    /** Lets go of a database the test is done with. */
    protected void release(DataSource dataSource) {
    }

    protected String dialect() {
        return "h2";
    }

    private FluentConfiguration flyway(DataSource dataSource) {
        return Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + dialect())
                .javaMigrations(PersonalDataMigrations.v11_1(UpgradeFixtureValues.KEYS));
    }

    /** Every version of the schema, oldest first, as the migrations on the classpath define them. */
    static Stream<String> versions() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:upgrade-versions-" + UUID.randomUUID());
        return Stream.of(new EveryEarlierSchemaUpgradeTest().flyway(h2).load().info().all())
                .map(MigrationInfo::getVersion).map(MigrationVersion::getVersion);
    }

    // ---- the test ---------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "a database written by V{0} upgrades to the newest version with every row")
    @MethodSource("versions")
    void aDatabaseWrittenByAnEarlierVersionUpgradesWithEveryRow(String version) throws SQLException {
        MigrationVersion from = MigrationVersion.fromVersion(version);
        DataSource dataSource = emptyDatabase(version.replace('.', '_'));
        try {
            writtenByThenUpgraded(dataSource, from);
        } finally {
            release(dataSource);
        }
    }

    private void writtenByThenUpgraded(DataSource dataSource, MigrationVersion from) throws SQLException {
        String version = from.getVersion();
        for (MigrationInfo step : flyway(dataSource).load().info().all()) {
            if (step.getVersion().compareTo(from) > 0) {
                break;
            }
            flyway(dataSource).target(step.getVersion()).load().migrate();
            writeAsItsVersionDid(dataSource, step.getVersion().getVersion());
        }
        Map<String, Table> before = rows(dataSource);
        everyTableAndColumnHoldsData(before, version);

        flyway(dataSource).load().migrate();

        JdbcClient jdbc = JdbcClient.create(dataSource);
        Map<String, Table> after = rows(dataSource);
        Upgrade upgrade = new Upgrade(from, before, jdbc, after);
        List<Declared> applied = DECLARED.stream()
                .filter(d -> MigrationVersion.fromVersion(d.migration()).compareTo(from) > 0).toList();
        for (Map.Entry<String, Table> table : before.entrySet()) {
            everyRowArrives(table.getKey(), table.getValue(), after.get(table.getKey()), applied);
        }
        for (Declared declared : applied) {
            declared.check().verify(upgrade);
        }
        if (from.compareTo(MigrationVersion.fromVersion("12")) >= 0) {
            assertThat(AccessLogOnDataSource.of(dataSource, UpgradeFixtureValues.ACCESS_LOG_KEY, Clock.systemUTC()).verify())
                    .as("the access log's chain still verifies after the upgrade")
                    .satisfies(v -> assertThat(v.intact()).as(v.problem()).isTrue())
                    .satisfies(v -> assertThat(v.rows()).isEqualTo(before.get("personal_data_access").rows().size()));
        }
    }

    /** The fixture of this version: {@code upgrade/<dialect>/V<version>.sql} where a migration differs, else {@code upgrade/V<version>.sql}. */
    private void writeAsItsVersionDid(DataSource dataSource, String version) {
        ClassPathResource fixture = new ClassPathResource("upgrade/" + dialect() + "/V" + version + ".sql");
        if (!fixture.exists()) {
            fixture = new ClassPathResource("upgrade/V" + version + ".sql");
        }
        if (!fixture.exists()) {
            fail("Migration V" + version + " has no upgrade fixture: add src/test/resources/upgrade/V" + version
                    + ".sql with rows for what it introduced, as its version's code wrote them (a comment if nothing)");
        }
        try {
            if (fixture.getContentAsString(StandardCharsets.UTF_8).lines().allMatch(l -> l.isBlank() || l.strip().startsWith("--"))) {
                return;   // a version whose code wrote nothing new (says so in a comment)
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ResourceDatabasePopulator populator = new ResourceDatabasePopulator(fixture);
        populator.setSqlScriptEncoding("UTF-8");
        populator.execute(dataSource);
    }

    private static void everyTableAndColumnHoldsData(Map<String, Table> tables, String version) {
        List<String> empty = new ArrayList<>();
        tables.forEach((name, table) -> {
            if (table.rows().isEmpty()) {
                empty.add(name);
                return;
            }
            for (String column : table.columns()) {
                if (table.rows().values().stream().allMatch(row -> row.get(column) == null)) {
                    empty.add(name + "." + column);
                }
            }
        });
        assertThat(empty).as("tables and columns without a value in a database written by V" + version
                + ": a row there could be lost by an upgrade unseen; add one to the fixture src/test/resources/upgrade/V<n>.sql "
                + "of the migration that created it").isEmpty();
    }

    private static void everyRowArrives(String name, Table before, Table after, List<Declared> applied) {
        assertThat(after).as("table " + name + " is gone after the upgrade: declare the migration that moved it and check where its rows went")
                .isNotNull();
        List<String> changedByMigrations = applied.stream().filter(d -> d.table().equals(name))
                .flatMap(d -> d.columns().stream()).toList();
        for (Map.Entry<String, Map<String, String>> row : before.rows().entrySet()) {
            Map<String, String> upgraded = after.rows().get(row.getKey());
            assertThat(upgraded).as(name + " row " + row.getKey() + " lost by the upgrade").isNotNull();
            for (Map.Entry<String, String> column : row.getValue().entrySet()) {
                if (after.columns().contains(column.getKey()) && !changedByMigrations.contains(column.getKey())) {
                    assertThat(upgraded.get(column.getKey())).as(name + " row " + row.getKey() + " column " + column.getKey())
                            .isEqualTo(column.getValue());
                }
            }
        }
    }

    /** Every row of every table of ours (not Flyway's history), by primary key. */
    private static Map<String, Table> rows(DataSource dataSource) throws SQLException {
        Map<String, Table> tables = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            List<String> names = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, connection.getSchema(), "%", new String[] {"TABLE", "BASE TABLE"})) {
                while (rs.next()) {
                    names.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String table : names) {
                String name = table.toLowerCase(Locale.ROOT);
                if (name.equals(FLYWAY_HISTORY)) {
                    continue;
                }
                Map<Short, String> key = new TreeMap<>();
                try (ResultSet rs = meta.getPrimaryKeys(null, connection.getSchema(), table)) {
                    while (rs.next()) {
                        key.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
                assertThat(key).as("table " + name + " has no primary key: its rows cannot be followed through an upgrade")
                        .isNotEmpty();
                List<String> columns = new ArrayList<>();
                Map<String, Map<String, String>> rows = new LinkedHashMap<>();
                try (var statement = connection.createStatement(); ResultSet rs = statement.executeQuery("SELECT * FROM " + name)) {
                    int count = rs.getMetaData().getColumnCount();
                    for (int i = 1; i <= count; i++) {
                        columns.add(rs.getMetaData().getColumnLabel(i).toLowerCase(Locale.ROOT));
                    }
                    while (rs.next()) {
                        Map<String, String> row = new LinkedHashMap<>();
                        for (int i = 1; i <= count; i++) {
                            row.put(columns.get(i - 1), rs.getString(i));
                        }
                        rows.put(String.join("|", key.values().stream().map(row::get).toList()), row);
                    }
                }
                tables.put(name, new Table(List.copyOf(key.values()), columns, rows));
            }
        }
        return tables;
    }

    // ---- what each declared migration promises ----------------------------------------------------------------------

    static final class Checks {

        private Checks() {
        }

        private static Map<String, Map<String, String>> before(Upgrade upgrade, String table) {
            Table t = upgrade.before().get(table);
            return t == null ? Map.of() : t.rows();
        }

        private static Map<String, String> after(Upgrade upgrade, String table, String key) {
            return upgrade.after().get(table).rows().get(key);
        }

        /** V11.1: a value written in clear is now sealed and opens to what was written; a sealed one is untouched. */
        static void sealedInPlace(Upgrade upgrade) {
            for (String[] column : new String[][] {{"person", "id_number"}, {"person", "phone"},
                    {"care_arrangement", "caregiver_phone"}, {"outbound_message", "recipient"}}) {
                before(upgrade, column[0]).forEach((key, row) -> {
                    String was = row.get(column[1]);
                    String now = after(upgrade, column[0], key).get(column[1]);
                    String what = column[0] + " row " + key + " " + column[1];
                    if (was == null) {
                        assertThat(now).as(what).isNull();
                    } else if (FieldCipher.isSealed(was)) {
                        assertThat(now).as(what + " (sealed already)").isEqualTo(was);
                    } else {
                        assertThat(FieldCipher.isSealed(now)).as(what + " sealed").isTrue();
                        assertThat(CIPHER.open(now)).as(what + " opens to what was written in clear").isEqualTo(was);
                    }
                });
            }
            before(upgrade, "person").forEach((key, row) -> {
                Map<String, String> now = after(upgrade, "person", key);
                assertThat(now.get("id_number_index")).as("person " + key + " found by the blind index of its ID number")
                        .isEqualTo(INDEX.of(CIPHER.open(now.get("id_number"))));
            });
        }

        static void earlierCasesLocal(Upgrade upgrade) {
            before(upgrade, "discovery_case").keySet().forEach(key -> assertThat(
                    after(upgrade, "discovery_case", key).get("household_registration")).as("case " + key).isEqualTo("LOCAL"));
        }

        /** V16: each earlier person heads a one-person household of their place; their cases and entries are on it. */
        static void personsBecomeHouseholds(Upgrade upgrade) {
            JdbcClient jdbc = upgrade.jdbc();
            assertThat(jdbc.sql("SELECT p.id FROM person p WHERE (SELECT COUNT(*) FROM household_member m WHERE m.person_id = p.id) <> 1")
                    .query(String.class).list()).as("persons not a member of exactly one household").isEmpty();
            before(upgrade, "person").forEach((key, person) -> {
                Map<String, Object> household = jdbc.sql("SELECT m.household_id, m.relation, m.head_of_household, h.township_code, "
                                + "h.village_code, (SELECT COUNT(*) FROM household_member o WHERE o.household_id = m.household_id) AS members "
                                + "FROM household_member m JOIN household h ON h.id = m.household_id WHERE m.person_id = :p")
                        .param("p", Long.valueOf(key)).query().singleRow();
                assertThat(household.get("relation")).as("person " + key + " heads the household").isEqualTo("HEAD");
                assertThat(household.get("head_of_household")).isEqualTo(household.get("household_id"));
                assertThat(((Number) household.get("members")).intValue()).as("a one-person household").isOne();
                assertThat(household.get("township_code")).isEqualTo(person.get("township_code"));
                assertThat(household.get("village_code")).isEqualTo(person.get("village_code"));
            });
            before(upgrade, "discovery_case").forEach((key, kase) -> {
                Map<String, String> now = after(upgrade, "discovery_case", key);
                assertThat(now.get("household_id")).as("case " + key + " on its person's household")
                        .isEqualTo(householdOf(jdbc, kase.get("person_id")));
                assertThat(now.get("open_household_id")).as("case " + key + " holds its household's open-case slot while open")
                        .isEqualTo(kase.get("open_person_id") == null ? null : now.get("household_id"));
            });
            before(upgrade, "ledger_entry").forEach((key, entry) -> assertThat(after(upgrade, "ledger_entry", key).get("household_id"))
                    .as("ledger entry " + key + " on its person's household").isEqualTo(householdOf(jdbc, entry.get("person_id"))));
        }

        private static String householdOf(JdbcClient jdbc, String personId) {
            return jdbc.sql("SELECT household_id FROM household_member WHERE person_id = :p").param("p", Long.valueOf(personId))
                    .query(String.class).single();
        }

        /** V17: an entry without a household (V16's code) takes its case's; one with a household keeps it. */
        static void entriesTakeTheirCasesHousehold(Upgrade upgrade) {
            before(upgrade, "ledger_entry").forEach((key, entry) -> {
                Map<String, String> now = after(upgrade, "ledger_entry", key);
                String caseHousehold = after(upgrade, "discovery_case", now.get("case_id")).get("household_id");
                assertThat(now.get("household_id")).as("ledger entry " + key + " household")
                        .isEqualTo(entry.get("household_id") != null ? entry.get("household_id") : caseHousehold);
            });
        }

        /** V17: an earlier classified entry shows its case's latest visit that saw the person; an urgent one nothing. */
        static void classifiedEntriesFromTheirVisits(Upgrade upgrade) {
            before(upgrade, "ledger_entry").forEach((key, entry) -> {
                Map<String, String> now = after(upgrade, "ledger_entry", key);
                Map<String, String> visit = "CLASSIFIED".equals(entry.get("kind")) ? upgrade.after().get("home_visit").rows().values()
                        .stream().filter(v -> v.get("case_id").equals(entry.get("case_id")) && isTrue(v.get("person_seen")))
                        .max((a, b) -> Integer.compare(Integer.parseInt(a.get("visit_no")), Integer.parseInt(b.get("visit_no"))))
                        .orElse(null) : null;
                String what = "ledger entry " + key + " ";
                assertThat(now.get("health_status")).as(what + "health").isEqualTo(visit == null ? null : visit.get("health_status"));
                assertThat(now.get("labour_capacity")).as(what + "labour").isEqualTo(visit == null ? null : visit.get("labour_capacity"));
                assertThat(now.get("hardship_degree")).as(what + "hardship").isEqualTo(visit == null ? null : visit.get("hardship_degree"));
                assertThat(now.get("household_size")).as(what + "size").isEqualTo(visit == null ? null : visit.get("household_size"));
                assertThat(now.get("responsible_person")).as(what + "包保责任人, the visit's first investigator")
                        .isEqualTo(visit == null ? null : visit.get("investigator1"));
                if (visit != null) {
                    int failed = Integer.parseInt(visit.get("adl_failed"));
                    assertThat(now.get("self_care")).as(what + "self care").isEqualTo(failed >= 4 ? "NONE" : failed >= 1 ? "PARTIAL" : "SELF");
                }
            });
        }

        /** V17: a household keeps its 包保责任人; where none was named, that of its latest classified entry naming one. */
        static void householdsTakeTheirResponsiblePerson(Upgrade upgrade) {
            Map<String, Map<String, String>> before = before(upgrade, "household");
            upgrade.after().get("household").rows().forEach((key, household) -> {
                String named = before.containsKey(key) ? before.get(key).get("responsible_person") : null;
                String latest = upgrade.after().get("ledger_entry").rows().values().stream()
                        .filter(e -> key.equals(e.get("household_id")) && "CLASSIFIED".equals(e.get("kind"))
                                && e.get("responsible_person") != null)
                        .max((a, b) -> Long.compare(Long.parseLong(a.get("id")), Long.parseLong(b.get("id"))))
                        .map(e -> e.get("responsible_person")).orElse(null);
                assertThat(household.get("responsible_person")).as("household " + key + " 包保责任人")
                        .isEqualTo(named != null ? named : latest);
            });
        }

        static void reportsNameTheCasesPerson(Upgrade upgrade) {
            before(upgrade, "case_report").forEach((key, report) -> assertThat(after(upgrade, "case_report", key).get("person_id"))
                    .as("report " + key + " names its case's person")
                    .isEqualTo(after(upgrade, "discovery_case", report.get("case_id")).get("person_id")));
        }

        private static boolean isTrue(String bool) {
            return Objects.equals(bool, "TRUE") || Objects.equals(bool, "t") || Objects.equals(bool, "true");
        }
    }
}
