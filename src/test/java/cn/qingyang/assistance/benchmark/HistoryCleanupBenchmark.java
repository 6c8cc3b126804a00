package cn.qingyang.assistance.benchmark;

import static cn.qingyang.assistance.benchmark.EngineBenchmark.result;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Issue 16 §3: does the engine's nightly history cleanup keep up? Run by {@link Benchmarks} with
 * {@code -Dbench.parts=cleanup}, in a JVM of its own per database, on a fresh database.
 * <ol>
 *   <li><b>The shape.</b> Real cases are driven through the engine (the P2 happy path: reported,
 *       visited, 临时救助 decided and paid, closed: the DiscoveryCase and the processes it calls),
 *       and the history rows of each ended case (every engine table with a ROOT_PROC_INST_ID_
 *       column: ACT_HI_* and the byte arrays of its Json variables) are counted.</li>
 *   <li><b>The backlog.</b> Those rows are copied set-wise in SQL ({@code INSERT ... SELECT} over a
 *       number series) until {@code bench.cleanup.instances} ended process instances are due for
 *       removal (default 100,000: 8 million rows, ten minutes on 2 cores; 1,000,000 is 81 million
 *       rows and about 90 minutes of filling here, so the time the 1,000,000 backlog takes is
 *       computed from the rate measured on this one; {@code -Dbench.cleanup.instances=1000000}
 *       builds the full one where there is time): every id of the cases' own rows gets a fresh suffix per copy
 *       (ids, and the columns that refer to them: process, execution, activity-instance, task,
 *       variable and byte-array ids), the removal time is set to yesterday. Driving a million
 *       instances through the engine at its ~100-1000 starts a second (P1) would take hours, and
 *       what the cleanup costs depends on the rows and their indexes, not on how they got there.</li>
 *   <li><b>The cleanup.</b> Camunda's own history cleanup through the public API:
 *       {@code historyService.cleanUpHistoryAsync(true)}, its job(s) executed with
 *       {@code managementService.executeJob}, one thread per job (the configured degree of
 *       parallelism), with the configured batch size, for {@code bench.cleanup.seconds} (180).
 *       Rows removed are counted per table; instances removed = the slowest table's rows removed /
 *       its rows per instance (each run removes up to a batch from every table, so the table with
 *       the most rows per instance sets the pace at which whole instances disappear).</li>
 * </ol>
 * Prints {@code RESULT key value} lines; {@link Benchmarks} turns them into the table.
 */
public class HistoryCleanupBenchmark {

    /** Cases driven through the engine to learn the shape. */
    static final int TEMPLATES = Integer.getInteger("bench.cleanup.templates", 20);
    static final long TARGET = Long.getLong("bench.cleanup.instances", 100_000);
    static final int SECONDS = Integer.getInteger("bench.cleanup.seconds", 180);
    /** Copies per INSERT statement (one transaction each). */
    static final int CHUNK = Integer.getInteger("bench.cleanup.chunk", 5_000);

    final ConfigurableApplicationContext context;
    final String database;
    final DataSource dataSource;
    final HistoryService history;
    final ManagementService management;

    HistoryCleanupBenchmark(ConfigurableApplicationContext context, String database) {
        this.context = context;
        this.database = database;
        dataSource = context.getBean(DataSource.class);
        history = context.getBean(HistoryService.class);
        management = context.getBean(ManagementService.class);
    }

    public static void main(String[] args) throws Exception {
        String database = args[0];
        ConfigurableApplicationContext context = BenchmarkApplication.start(database);
        try {
            new HistoryCleanupBenchmark(context, database).run();
        } finally {
            context.close();
        }
        System.exit(0);
    }

    void run() throws Exception {
        Environment env = context.getEnvironment();
        int batchSize = env.getProperty("camunda.bpm.generic-properties.properties.historyCleanupBatchSize", Integer.class, 500);
        int parallelism = env.getProperty("camunda.bpm.generic-properties.properties.historyCleanupDegreeOfParallelism",
                Integer.class, 1);
        result("cleanup-batch-size", batchSize);
        result("cleanup-parallelism", parallelism);

        EngineBenchmark cases = new EngineBenchmark(context, database);
        cases.probeHappyPath();
        cases.happyPaths(TEMPLATES - 1);

        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            List<String> roots = strings(c, "SELECT ID_ FROM ACT_HI_PROCINST WHERE END_TIME_ IS NOT NULL AND ID_ = ROOT_PROC_INST_ID_ "
                    + "AND ID_ IN (SELECT ROOT_PROC_INST_ID_ FROM ACT_HI_PROCINST GROUP BY ROOT_PROC_INST_ID_ "
                    + "HAVING COUNT(*) = COUNT(END_TIME_))");
            if (roots.size() < TEMPLATES) {
                throw new IllegalStateException("expected " + TEMPLATES + " ended cases, found " + roots.size());
            }
            String inRoots = roots.stream().map(r -> "'" + r + "'").collect(Collectors.joining(","));
            Map<String, List<String>> tables = historyTables(c);
            Map<String, Long> shape = new LinkedHashMap<>();
            long templateRows = 0;
            for (String table : tables.keySet()) {
                long n = count(c, "SELECT COUNT(*) FROM " + table + " WHERE ROOT_PROC_INST_ID_ IN (" + inRoots + ")");
                shape.put(table, n);
                templateRows += n;
            }
            long templateInstances = count(c, "SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE ROOT_PROC_INST_ID_ IN (" + inRoots + ")");
            double rowsPerInstance = (double) templateRows / templateInstances;
            result("cleanup-instances-per-case", (double) templateInstances / roots.size());
            result("cleanup-rows-per-instance", rowsPerInstance);
            result("cleanup-shape", shape.entrySet().stream().filter(e -> e.getValue() > 0)
                    .map(e -> e.getKey().toLowerCase(Locale.ROOT) + "=" + String.format(Locale.ROOT, "%.1f",
                            (double) e.getValue() / templateInstances)).collect(Collectors.joining(",")));

            // the ids of the cases' own rows: a column refers to them when one of its values is one of them
            Set<String> ownIds = new HashSet<>();
            for (String table : tables.keySet()) {
                ownIds.addAll(strings(c, "SELECT ID_ FROM " + table + " WHERE ROOT_PROC_INST_ID_ IN (" + inRoots + ")"));
            }
            long copies = (TARGET + templateInstances - 1) / templateInstances;
            Timestamp due = Timestamp.from(Instant.now().minus(1, ChronoUnit.DAYS));
            long t0 = System.nanoTime();
            for (Map.Entry<String, List<String>> table : tables.entrySet()) {
                if (shape.get(table.getKey()) == 0) {
                    continue;
                }
                String select = copySelect(c, table.getKey(), table.getValue(), ownIds, inRoots);
                for (long from = 1; from <= copies; from += CHUNK) {
                    long to = Math.min(copies, from + CHUNK - 1);
                    try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + table.getKey() + " ("
                            + String.join(", ", table.getValue()) + ") " + select.replace(":series", series(from, to)))) {
                        insert.setTimestamp(1, due);
                        insert.executeUpdate();
                    }
                }
                System.out.printf(Locale.ROOT, "    backlog: %s done after %.0f s%n", table.getKey(), (System.nanoTime() - t0) / 1e9);
            }
            double fillSeconds = (System.nanoTime() - t0) / 1e9;
            if (!"h2".equals(database) && !"h2file".equals(database)) {
                try (Statement s = c.createStatement()) {
                    s.execute("ANALYZE");   // as autovacuum would have, in a database that grew over the years
                }
            }
            long backlog = count(c, "SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE REMOVAL_TIME_ <= CURRENT_TIMESTAMP");
            Map<String, Long> before = rows(c, shape);
            long rowsBefore = before.values().stream().mapToLong(Long::longValue).sum();
            result("cleanup-backlog-instances", backlog);
            result("cleanup-backlog-rows", rowsBefore);
            result("cleanup-fill-seconds", fillSeconds);

            // the engine's cleanup, as the job executor would run it in the window: each job on its own thread
            history.cleanUpHistoryAsync(true);
            List<String> jobs = history.findHistoryCleanupJobs().stream().map(Job::getId).toList();
            AtomicLong runs = new AtomicLong();
            long deadline = System.nanoTime() + SECONDS * 1_000_000_000L;
            long t1 = System.nanoTime();
            ExecutorService threads = Executors.newFixedThreadPool(jobs.size());
            List<Future<?>> done = new ArrayList<>();
            for (String job : jobs) {
                done.add(threads.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        management.executeJob(job);
                        runs.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            threads.shutdown();
            double seconds = (System.nanoTime() - t1) / 1e9;
            Map<String, Long> after = rows(c, shape);
            long rowsAfter = after.values().stream().mapToLong(Long::longValue).sum();
            // Each run removes up to a batch from every table, so the tables with few rows per instance
            // are emptied first: an instance is gone when its last row is, and the table with the most
            // rows per instance still holding due rows sets the pace. Instances removed per hour is
            // therefore the slowest table's rows removed / its rows per instance.
            double slowest = Double.MAX_VALUE;
            String pace = "-";
            for (Map.Entry<String, Long> table : shape.entrySet()) {
                long removed = before.get(table.getKey()) - after.get(table.getKey());
                long dueRows = before.get(table.getKey()) - table.getValue();
                if (table.getValue() == 0 || removed >= dueRows) {
                    continue;   // emptied of due rows within the sample: not what limits the pace
                }
                double instances = removed / ((double) table.getValue() / templateInstances);
                if (instances < slowest) {
                    slowest = instances;
                    pace = table.getKey().toLowerCase(Locale.ROOT);
                }
            }
            if (slowest == Double.MAX_VALUE) {
                throw new IllegalStateException("the whole backlog was removed within the sample: make bench.cleanup.instances larger");
            }
            result("cleanup-jobs", jobs.size());
            result("cleanup-job-runs", runs.get());
            result("cleanup-seconds", seconds);
            result("cleanup-rows-removed", rowsBefore - rowsAfter);
            result("cleanup-rows-per-second", (rowsBefore - rowsAfter) / seconds);
            result("cleanup-pace-table", pace);
            result("cleanup-instances-per-hour", slowest / seconds * 3600);
        }
    }

    /** Tables of the engine holding a case's history (a ROOT_PROC_INST_ID_ and a REMOVAL_TIME_ column), with their columns. */
    Map<String, List<String>> historyTables(Connection c) throws Exception {
        DatabaseMetaData meta = c.getMetaData();
        boolean upper = meta.storesUpperCaseIdentifiers();
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (ResultSet rs = meta.getColumns(null, c.getSchema(), upper ? "ACT_%" : "act_%", upper ? "ROOT_PROC_INST_ID_"
                : "root_proc_inst_id_")) {
            while (rs.next()) {
                tables.put(rs.getString("TABLE_NAME").toUpperCase(Locale.ROOT), new ArrayList<>());
            }
        }
        for (Map.Entry<String, List<String>> table : tables.entrySet()) {
            try (ResultSet rs = meta.getColumns(null, c.getSchema(), upper ? table.getKey() : table.getKey().toLowerCase(Locale.ROOT),
                    "%")) {
                while (rs.next()) {
                    table.getValue().add(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                }
            }
        }
        tables.values().removeIf(columns -> !columns.contains("REMOVAL_TIME_"));
        return tables;
    }

    /**
     * SELECT producing the copies of a table's template rows: ids of the cases' own rows get the
     * copy's number as a suffix, the removal time is the first parameter; {@code :series} is the
     * number series of the copies (column {@code n}).
     */
    String copySelect(Connection c, String table, List<String> columns, Set<String> ownIds, String inRoots) throws Exception {
        List<String> expressions = new ArrayList<>();
        for (String column : columns) {
            if ("REMOVAL_TIME_".equals(column)) {
                expressions.add("?");
            } else if (column.endsWith("ID_") && refersToOwnIds(c, table, column, ownIds, inRoots)) {
                // the id's last 9 characters (of its UUID) become "g" and the copy's number: unique per copy, never
                // an engine id (those are hex), and no longer than before (activity-instance ids are near the 64 allowed)
                expressions.add("CASE WHEN t." + column + " IS NULL THEN NULL ELSE LEFT(t." + column + ", LENGTH(t." + column
                        + ") - 9) || 'g' || LPAD(CAST(s.n AS VARCHAR(12)), 8, '0') END");
            } else {
                expressions.add("t." + column);
            }
        }
        return "SELECT " + String.join(", ", expressions) + " FROM " + table + " t CROSS JOIN :series WHERE t.ROOT_PROC_INST_ID_ IN ("
                + inRoots + ")";
    }

    boolean refersToOwnIds(Connection c, String table, String column, Set<String> ownIds, String inRoots) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT DISTINCT CAST(" + column
                + " AS VARCHAR(255)) FROM " + table + " WHERE ROOT_PROC_INST_ID_ IN (" + inRoots + ")")) {
            while (rs.next()) {
                if (ownIds.contains(rs.getString(1))) {
                    return true;
                }
            }
        }
        return false;
    }

    String series(long from, long to) {
        return database.startsWith("h2") ? "(SELECT X AS n FROM SYSTEM_RANGE(" + from + ", " + to + ")) s"
                : "generate_series(" + from + ", " + to + ") AS s(n)";
    }

    /** Rows now in each table that holds a case's history. */
    static Map<String, Long> rows(Connection c, Map<String, Long> shape) throws Exception {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : shape.keySet()) {
            rows.put(table, shape.get(table) == 0 ? 0 : count(c, "SELECT COUNT(*) FROM " + table));
        }
        return rows;
    }

    static long count(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static List<String> strings(Connection c, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
