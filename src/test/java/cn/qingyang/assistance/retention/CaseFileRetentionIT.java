package cn.qingyang.assistance.retention;

import static cn.qingyang.assistance.AsyncSteps.completeAndSettle;
import static cn.qingyang.assistance.discovery.CaseFixtures.*;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.qingyang.assistance.IntegrationTest;
import cn.qingyang.assistance.aid.AssistanceProcesses;
import cn.qingyang.assistance.discovery.CaseFixtures;
import cn.qingyang.assistance.discovery.CaseFixtures.Cases;
import cn.qingyang.assistance.discovery.DiscoveryCaseProcess.DiscoveryCase;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 16 §3: an expired case file leaves nothing behind in our tables but its catalogue row, and
 * its engine history goes in the next history cleanup; open cases, and closed cases within their
 * retention, are untouched. The tables are read from the database's metadata, so a table added
 * later is checked without anyone remembering to list it here.
 * <p>
 * The test database is shared by every integration test of the run, so the clock is not moved for
 * the whole application (that would expire every case the other tests closed): the expired case is
 * made to have closed, and its household to have left the ledger, {@code case-file} + 1 day ago,
 * which is what moving the clock past its retention means for that one case.
 */
@IntegrationTest
class CaseFileRetentionIT {

    /** Tables that are not part of a case file: the engine's own (checked through its history), Flyway's, and the access log (its own retention, qingyang.access-log.retention, and append-only). */
    static final List<String> NOT_CASE_FILES = List.of("act_", "flyway_schema_history", "personal_data_access");
    /** Columns that hold the id of a case, person, household or ledger entry, whether or not a foreign key says so. */
    static final Map<String, String> ID_COLUMNS = Map.of("case_id", "case", "open_case_id", "case", "person_id", "person",
            "open_person_id", "person", "household_id", "household", "open_household_id", "household", "merged_into", "household",
            "ledger_entry_id", "ledger");
    static final Map<String, String> REFERENCED_TABLES = Map.of("discovery_case", "case", "person", "person",
            "household", "household", "ledger_entry", "ledger");

    @Autowired
    ProcessEngine engine;
    @Autowired
    HistoryService history;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    Cases cases;
    @Autowired
    CaseFileRetention retention;
    @Autowired
    RetentionProperties properties;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
    }

    /** What a case file is made of: the ids of its case, persons, household and ledger entries. */
    record CaseFile(ProcessInstance pi, String caseNumber, Map<String, Set<Long>> ids, String idNumberIndex) {
    }

    /** An urgent case aided at once, visited with its household's members, found out of hardship, closed. */
    private CaseFile closedCase() {
        ProcessInstance pi = cases.open(true, false);
        completeAndSettle(task(DiscoveryCase.TASK_GRANT_EMERGENCY_AID, pi), Map.of(AID_KIND, "CASH", AID_AMOUNT, 800L,
                AID_PURPOSE, "购买药品和口粮"), pi);
        completeAndSettle(task(DiscoveryCase.TASK_VISIT_HOUSEHOLD, pi), CaseFixtures.completeVisitWithMembers(pi, rows -> rows), pi);
        completeAndSettle(task(DiscoveryCase.TASK_APPROVE_AFTERWARDS, pi), Map.of(POST_APPROVAL_DECISION, "APPROVED",
                POST_APPROVAL_OPINION, "手续齐全，同意"), pi);
        completeAndSettle(task(DiscoveryCase.TASK_EXPLAIN_POLICY, pi), Map.of(AssistanceProcesses.INFORMED_HOW, "IN_PERSON",
                AssistanceProcesses.POLICY_EXPLAINED, "已告知不符合条件的原因", AssistanceProcesses.STILL_IN_HARDSHIP, "NO"), pi);
        cases.finishLedger(pi);
        Assertions.assertThat(cases.caseStatus(pi)).isEqualTo("CLOSED");
        return fileOf(pi);
    }

    private CaseFile fileOf(ProcessInstance pi) {
        long caseId = cases.caseId(pi);
        Map<String, Object> row = jdbc.sql("SELECT case_number, person_id, household_id FROM discovery_case WHERE id = :c")
                .param("c", caseId).query().singleRow();
        long household = ((Number) row.get("household_id")).longValue();
        Map<String, Set<Long>> ids = new TreeMap<>();
        ids.put("case", Set.of(caseId));
        ids.put("household", Set.of(household));
        Set<Long> persons = new HashSet<>(jdbc.sql("SELECT person_id FROM household_member WHERE household_id = :h")
                .param("h", household).query(Long.class).list());
        persons.add(((Number) row.get("person_id")).longValue());
        ids.put("person", persons);
        ids.put("ledger", Set.copyOf(jdbc.sql("SELECT id FROM ledger_entry WHERE case_id = :c").param("c", caseId)
                .query(Long.class).list()));
        String index = jdbc.sql("SELECT id_number_index FROM person WHERE id = :p").param("p", row.get("person_id"))
                .query(String.class).single();
        return new CaseFile(pi, (String) row.get("case_number"), ids, index);
    }

    /** The case closed, and its household left the ledger, {@code case-file} + 1 day ago. */
    private void ageBeyondRetention(CaseFile file) {
        OffsetDateTime longAgo = OffsetDateTime.now().minus(properties.caseFile()).minusDays(1);
        jdbc.sql("UPDATE discovery_case SET opened_at = :at, closed_at = :at WHERE id IN (:c)").param("at", longAgo)
                .param("c", file.ids().get("case")).update();
        jdbc.sql("UPDATE ledger_entry SET created_at = :at, updated_at = :at WHERE household_id IN (:h)").param("at", longAgo)
                .param("h", file.ids().get("household")).update();
    }

    @Test
    void anExpiredCaseLeavesOnlyItsCatalogueRowAndOthersAreUntouched() throws Exception {
        ProcessInstance open = cases.open(false, false);
        CaseFile openFile = fileOf(open);
        CaseFile recent = closedCase();
        CaseFile expired = closedCase();
        Assertions.assertThat(rowsOf(expired)).as("the case file has rows in many tables before")
                .containsKeys("discovery_case.id", "case_report.case_id", "home_visit.case_id", "emergency_aid.case_id",
                        "ledger_entry.case_id", "person.id", "household.id", "household_member.household_id",
                        "household_version.household_id");
        Map<String, Long> openBefore = rowsOf(openFile);
        Map<String, Long> recentBefore = rowsOf(recent);
        ageBeyondRetention(expired);

        CaseFileRetention.Run run = retention.removeExpired(OffsetDateTime.now());

        Assertions.assertThat(run.cases()).isEqualTo(1);
        Assertions.assertThat(rowsOf(expired)).as("rows of the expired case, its persons and household, in any of our tables")
                .isEmpty();
        Assertions.assertThat(textsContaining(expired.caseNumber())).as("its case number anywhere but the catalogue")
                .containsExactly("case_archive_catalogue.case_number");
        Assertions.assertThat(textsContaining(expired.idNumberIndex())).as("its person's ID number index anywhere").isEmpty();
        Map<String, Object> catalogue = jdbc.sql("SELECT * FROM case_archive_catalogue WHERE case_number = :n")
                .param("n", expired.caseNumber()).query().singleRow();
        Assertions.assertThat(catalogue.get("township_code")).isEqualTo("341723200");
        Assertions.assertThat(((Boolean) catalogue.get("urgent"))).isTrue();
        Assertions.assertThat(((Number) catalogue.get("rows_removed")).intValue()).isEqualTo(run.rows());
        Assertions.assertThat(catalogue.keySet().stream().map(k -> k.toLowerCase(Locale.ROOT)))
                .as("no names, ID numbers or free text in the catalogue")
                .doesNotContain("name", "person_id", "id_number", "description", "findings", "detail");

        Assertions.assertThat(rowsOf(openFile)).as("the open case").isEqualTo(openBefore);
        Assertions.assertThat(rowsOf(recent)).as("the closed case within its retention").isEqualTo(recentBefore);
        Assertions.assertThat(retention.removeExpired(OffsetDateTime.now()).cases()).as("a second run finds nothing").isZero();

        // the engine's history of the expired case goes in the next cleanup, the others' stays
        runBatches();
        history.cleanUpHistoryAsync(true);
        management.executeJob(history.findHistoryCleanupJobs().get(0).getId());
        Assertions.assertThat(engineRowsOf(expired.pi().getId())).as("engine history of the expired case").isEmpty();
        Assertions.assertThat(engineRowsOf(recent.pi().getId())).as("engine history of the recent case").isNotEmpty();
        Assertions.assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(open.getId()).count()).isOne();
    }

    @Test
    void twoNodesRunningAtOnceRemoveEachExpiredCaseOnce() throws SQLException {
        CaseFile first = closedCase();
        CaseFile second = closedCase();
        ageBeyondRetention(first);
        ageBeyondRetention(second);

        OffsetDateTime now = OffsetDateTime.now();
        CompletableFuture<CaseFileRetention.Run> nodeA = CompletableFuture.supplyAsync(() -> retention.removeExpired(now));
        CompletableFuture<CaseFileRetention.Run> nodeB = CompletableFuture.supplyAsync(() -> retention.removeExpired(now));

        Assertions.assertThat(nodeA.join().cases() + nodeB.join().cases()).isEqualTo(2);
        Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM case_archive_catalogue WHERE case_number IN (:n)")
                .param("n", List.of(first.caseNumber(), second.caseNumber())).query(Long.class).single()).isEqualTo(2);
        Assertions.assertThat(rowsOf(first)).isEmpty();
        Assertions.assertThat(rowsOf(second)).isEmpty();
    }

    @Test
    void everyTableReferringToACaseOrAHouseholdIsOneTheRetentionEmpties() throws SQLException {
        Set<String> known = new HashSet<>(CaseFileRetentionRepository.CASE_TABLES);
        known.addAll(CaseFileRetentionRepository.HOUSEHOLD_TABLES);
        known.addAll(List.of("ledger_entry", "follow_up_visit", "discovery_case", "household"));
        Set<String> persons = new HashSet<>(CaseFileRetentionRepository.PERSON_REFERENCES.keySet());
        for (String[] reference : foreignKeys()) {
            String from = reference[0];
            String to = reference[2];
            if (Set.of("discovery_case", "household", "ledger_entry").contains(to)) {
                Assertions.assertThat(known).as(from + " refers to " + to + ": the retention run must remove its rows").contains(from);
            }
            if ("person".equals(to)) {
                Assertions.assertThat(persons).as(from + " refers to person: the retention run must know it").contains(from);
            }
        }
    }

    // ---------------------------------------------------------------- reading every table

    private List<String> tables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "%",
                new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (NOT_CASE_FILES.stream().noneMatch(name::startsWith)) {
                    tables.add(name);
                }
            }
        }
        Assertions.assertThat(tables).contains("discovery_case", "person", "household", "case_archive_catalogue");
        return tables;
    }

    /** {from table, from column, to table} of every foreign key among our tables. */
    private List<String[]> foreignKeys() throws SQLException {
        List<String[]> keys = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            for (String table : tables()) {
                try (ResultSet rs = meta.getImportedKeys(null, c.getSchema(), name(meta, table))) {
                    while (rs.next()) {
                        keys.add(new String[] {table, rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT),
                                rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT)});
                    }
                }
            }
        }
        return keys;
    }

    private static String name(DatabaseMetaData meta, String table) throws SQLException {
        return meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
    }

    /** Rows per table.column that hold one of the file's ids (its own id columns, foreign keys, *_id columns). */
    private Map<String, Long> rowsOf(CaseFile file) throws SQLException {
        Map<String, String> columns = new LinkedHashMap<>();
        for (String table : tables()) {
            if (REFERENCED_TABLES.containsKey(table)) {
                columns.put(table + ".id", REFERENCED_TABLES.get(table));
            }
        }
        for (String[] key : foreignKeys()) {
            if (REFERENCED_TABLES.containsKey(key[2])) {
                columns.put(key[0] + "." + key[1], REFERENCED_TABLES.get(key[2]));
            }
        }
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            for (String table : tables()) {
                try (ResultSet rs = meta.getColumns(null, c.getSchema(), name(meta, table), "%")) {
                    while (rs.next()) {
                        String column = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                        if (ID_COLUMNS.containsKey(column)) {
                            columns.putIfAbsent(table + "." + column, ID_COLUMNS.get(column));
                        }
                    }
                }
            }
        }
        Map<String, Long> rows = new TreeMap<>();
        columns.forEach((column, kind) -> {
            Set<Long> ids = file.ids().getOrDefault(kind, Set.of());
            if (ids.isEmpty()) {
                return;
            }
            String[] tc = column.split("\\.");
            long n = jdbc.sql("SELECT COUNT(*) FROM " + tc[0] + " WHERE " + tc[1] + " IN (:ids)").param("ids", ids)
                    .query(Long.class).single();
            if (n > 0) {
                rows.put(column, n);
            }
        });
        return rows;
    }

    /** table.column of every text column of our tables holding {@code text}. */
    private List<String> textsContaining(String text) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            for (String table : tables()) {
                try (ResultSet rs = meta.getColumns(null, c.getSchema(), name(meta, table), "%")) {
                    while (rs.next()) {
                        int type = rs.getInt("DATA_TYPE");
                        if (type != Types.VARCHAR && type != Types.CHAR && type != Types.LONGVARCHAR && type != Types.CLOB
                                && type != Types.NVARCHAR) {
                            continue;
                        }
                        String column = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                        long n = jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE " + column + " LIKE :t")
                                .param("t", "%" + text + "%").query(Long.class).single();
                        if (n > 0) {
                            found.add(table + "." + column);
                        }
                    }
                }
            }
        }
        return found;
    }

    /** Rows of the engine's tables (history, byte arrays) belonging to the process hierarchy of {@code rootId}. */
    private Map<String, Long> engineRowsOf(String rootId) throws SQLException {
        Map<String, Long> rows = new TreeMap<>();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet rs = meta.getColumns(null, c.getSchema(), meta.storesUpperCaseIdentifiers() ? "ACT_%" : "act_%",
                    meta.storesUpperCaseIdentifiers() ? "ROOT_PROC_INST_ID_" : "root_proc_inst_id_")) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME");
                    long n = jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE root_proc_inst_id_ = :r").param("r", rootId)
                            .query(Long.class).single();
                    if (n > 0) {
                        rows.put(table.toLowerCase(Locale.ROOT), n);
                    }
                }
            }
        }
        return rows;
    }

    /** Runs the engine's batches (here: setting the removal time) as the job executor would. */
    private void runBatches() {
        for (int round = 0; round < 20; round++) {
            List<Batch> batches = management.createBatchQuery().list();
            List<Job> jobs = new ArrayList<>();
            for (Batch batch : batches) {
                jobs.addAll(management.createJobQuery().jobDefinitionId(batch.getSeedJobDefinitionId()).list());
                jobs.addAll(management.createJobQuery().jobDefinitionId(batch.getBatchJobDefinitionId()).list());
                jobs.addAll(management.createJobQuery().jobDefinitionId(batch.getMonitorJobDefinitionId()).list());
            }
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> management.executeJob(job.getId()));
        }
        throw new AssertionError("the engine's batches did not finish");
    }
}
