package cn.qingyang.assistance.benchmark;

import cn.qingyang.assistance.AppProcess;
import cn.qingyang.assistance.Http;
import cn.qingyang.assistance.TestDatabase;
import cn.qingyang.assistance.cluster.ClusterWorkload;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The benchmarks of issue 6 §7: every figure measured in one run on this machine, printed as
 * one table and written to {@code target/benchmark/results.md}. Not a test; run it with
 * <pre>mvn -B -Pbenchmark verify</pre> (packages the application, then runs this class).
 * <ul>
 *   <li>P1, ceiling, P2, P3 and P4 on H2 and on PostgreSQL: {@link EngineBenchmark}, one JVM and
 *       one fresh database per database and part;</li>
 *   <li>P5: start-up time and resident memory of the packaged application against a bare Camunda
 *       webapp + REST application ({@code src/bench/bare-camunda}), cold starts in fresh
 *       directories;</li>
 *   <li>P6: two nodes against one on PostgreSQL: jobs per second through the engine's own job
 *       executors, and the share of job acquisitions that failed to lock.</li>
 *   <li>cleanup: the engine's history cleanup against a backlog of ended instances due for removal
 *       on PostgreSQL, against the rate at which instances end in a county and a province
 *       ({@link HistoryCleanupBenchmark}).</li>
 * </ul>
 * PostgreSQL figures need the {@code QINGYANG_TEST_POSTGRES_*} settings of the README; without
 * them they are reported as not measured. {@code -Dbench.sizes=quick} runs small sizes (a smoke
 * run of the benchmark itself; its figures are not the documented ones). {@code -Dbench.parts=p5}
 * (a comma-separated choice of engine, rows, p5, p6, cleanup) runs only those parts; {@code -Dbench.p5.runs}
 * sets the number of cold starts (5).
 */
public class Benchmarks {

    record Row(String figure, String value, String against, String ratio, String target) {
    }

    static final boolean QUICK = "quick".equals(System.getProperty("bench.sizes"));
    static final Map<String, String> SIZES = QUICK
            ? Map.of("rounds", "3", "reports", "300", "cases", "30", "rows", "500", "small", "1000", "large", "5000")
            : Map.of("rounds", "5", "reports", "1000", "cases", "250", "rows", "10000", "small", "1000", "large", "100000");
    static final int P5_RUNS = QUICK ? 1 : Integer.getInteger("bench.p5.runs", 5);
    /** {@code -Dbench.parts=p5,p6}: only these parts (engine = P1-P4 and the ceiling, rows, p5, p6); all by default. */
    static final List<String> PARTS = List.of(System.getProperty("bench.parts", "engine,rows,p5,p6,cleanup").split(","));
    static final int P6_CASES = QUICK ? 60 : 400;

    final List<Row> rows = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        new Benchmarks().run();
        System.exit(0);
    }

    void run() throws Exception {
        Instant started = Instant.now();
        boolean postgres = TestDatabase.postgresAvailable("the PostgreSQL benchmarks");
        if (PARTS.contains("engine")) {
            for (String database : postgres ? List.of("h2", "postgres") : List.of("h2")) {
                engineFigures(database);
            }
        }
        if (PARTS.contains("rows")) {
            Map<String, String> written = child("h2", "rows");
            notes.add("rows left in the database (H2, net of rows deleted again): a registration "
                    + written.get("rows-registration") + " vs a raw start " + written.get("rows-raw") + "; a happy-path case "
                    + written.get("rows-happy-path") + " vs the raw process " + written.get("rows-raw-happy-path"));
        }
        if (PARTS.contains("p5")) {
            startup();
        }
        if (PARTS.contains("cleanup")) {
            // -Dbench.cleanup.databases=postgres (production's, the default), h2file (H2 in file mode: see docs/performance.md)
            for (String database : System.getProperty("bench.cleanup.databases", "postgres").split(",")) {
                if ("postgres".equals(database) && !postgres) {
                    notes.add("history cleanup on PostgreSQL not measured: no PostgreSQL (QINGYANG_TEST_POSTGRES_URL).");
                } else {
                    cleanupFigures(database);
                }
            }
        }
        if (PARTS.contains("p6") && postgres) {
            twoNodes();
        } else if (PARTS.contains("p6")) {
            notes.add("P6 not measured: no PostgreSQL (QINGYANG_TEST_POSTGRES_URL).");
        }
        String table = table(started);
        System.out.println();
        System.out.println(table);
        Path out = Path.of("target", "benchmark", "results.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
        System.out.println("written to " + out);
    }

    // ---------------------------------------------------------------- P1-P4 in child JVMs

    Map<String, String> child(String database, String part) throws Exception {
        return child(EngineBenchmark.class, database, part);
    }

    Map<String, String> child(Class<?> main, String database, String part) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g"));
        SIZES.forEach((k, v) -> command.add("-Dbench." + k + "=" + v));
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("bench.cleanup."))
                .forEach(k -> command.add("-D" + k + "=" + System.getProperty(k)));
        if (QUICK) {
            command.addAll(List.of("-Dbench.cleanup.instances=20000", "-Dbench.cleanup.templates=4", "-Dbench.cleanup.seconds=20"));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName(), database, part));
        System.out.println(">>> " + database + " " + part + " ...");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Map<String, String> results = new LinkedHashMap<>();
        List<String> tail = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("RESULT ")) {
                    String[] kv = line.substring(7).split(" ", 2);
                    results.put(kv[0], kv[1]);
                    System.out.println("    " + line);
                } else {
                    tail.add(line);
                    if (tail.size() > 40) {
                        tail.remove(0);
                    }
                }
            }
        }
        if (process.waitFor() != 0) {
            throw new IllegalStateException(database + " " + part + " failed:\n" + String.join("\n", tail));
        }
        return results;
    }

    void engineFigures(String database) throws Exception {
        String db = "h2".equals(database) ? "H2" : "PostgreSQL";
        Map<String, String> t = child(database, "throughput");
        double p1 = num(t, "p1");
        double raw = num(t, "p1-raw");
        rows.add(new Row("P1 reports registered to the first wait state, " + db, rate(p1),
                "raw one-user-task start " + rate(raw), ratio(p1 / raw) + " (rounds " + t.get("p1-ratios") + ")", ">= 0.5"));
        rows.add(new Row("(P1, where it goes) raw start carrying a case's 14 start variables (one Json), " + db,
                rate(num(t, "p1-raw-case-variables")), "P1", ratio(p1 / num(t, "p1-raw-case-variables")), "-"));
        rows.add(new Row("ceiling: raw JDBC transactions writing a registration's 6 rows of ours, " + db, rate(num(t, "ceiling")),
                "P1", ratio(p1 / num(t, "ceiling")), "-"));
        double p2 = num(t, "p2");
        double rawP2 = num(t, "p2-raw");
        rows.add(new Row("P2 happy-path cases (" + t.get("p2-wait-states") + " wait states, all through the API), " + db,
                rate(p2), "raw process, same wait states " + rate(rawP2), ratio(p2 / rawP2) + " (rounds " + t.get("p2-ratios") + ")",
                ">= 0.5"));
        rows.add(new Row("P3 roster import, " + t.get("p3-rows") + " rows, " + db, String.format(Locale.ROOT, "%.1f rows/s",
                num(t, "p3")), "P1", ratio(num(t, "p3") / p1), "-"));
        Map<String, String> p4 = child(database, "tasklist");
        double growth = num(p4, "p4-large-ms") / num(p4, "p4-small-ms");
        rows.add(new Row("P4 a village's task list (first page, as its collector; " + p4.get("p4-village")
                + " open tasks of its own), " + db,
                ms(num(p4, "p4-large-ms")) + " with " + p4.get("p4-large-count") + " open tasks",
                ms(num(p4, "p4-small-ms")) + " with " + p4.get("p4-small-count"), String.format(Locale.ROOT, "%.2fx", growth),
                "<= 3x"));
        rows.add(new Row("(P4, for information) 乔木乡's township team list, " + p4.get("p4-township-tasks")
                + " open tasks of its own, " + db, ms(num(p4, "p4-township-ms")), "the village's list "
                + ms(num(p4, "p4-large-ms")), "-", "-"));
        notes.add("history level " + t.get("history-level") + " (" + db + ")");
    }

    // ---------------------------------------------------------------- history cleanup (issue 16 §3)

    /**
     * Process instances that end in a year, county (about 28万 residents; DOMAIN.md): our own
     * volumes, stated so that anyone can redo the sum. Cases: about 1% of residents reported a year
     * (3,000), each {@code instancesPerCase} instances as measured (the DiscoveryCase and the
     * processes it calls), plus at most one 上报遇困人员 (ReportIntake) and one 定期回访 (FollowUpVisits)
     * each; the monthly sweep: 120 villages, 14 townships and the county each month; oversight:
     * 14 townships' and the county's quarterly inspection, 12 spot-check draws, verification of
     * about 10% of the cases, one annual assessment. The province: about 200 such counties.
     */
    static double countyInstancesPerYear(double instancesPerCase) {
        double cases = 3_000;
        double caseInstances = cases * (instancesPerCase + 1 + 1);
        double sweeps = 12 * (120 + 14 + 1);
        double oversight = 4 * (14 + 1) + 12 + 0.1 * cases + 1;
        return caseInstances + sweeps + oversight;
    }

    static final double PROVINCE_COUNTIES = 200;
    static final double WINDOW_HOURS = 4;   // historyCleanupBatchWindow 01:00-05:00
    static final double BACKLOG = 1_000_000;

    void cleanupFigures(String database) throws Exception {
        String db = "postgres".equals(database) ? "PostgreSQL" : "H2 file";
        Map<String, String> r = child(HistoryCleanupBenchmark.class, database, "cleanup");
        double perHour = num(r, "cleanup-instances-per-hour");
        double county = countyInstancesPerYear(num(r, "cleanup-instances-per-case"));
        double countyPerWindowHour = county / 365 / WINDOW_HOURS;
        double provincePerWindowHour = countyPerWindowHour * PROVINCE_COUNTIES;
        String settings = "batch size " + r.get("cleanup-batch-size") + ", parallelism " + r.get("cleanup-parallelism");
        rows.add(new Row("history cleanup: ended instances removed per hour (" + settings + "; backlog "
                + r.get("cleanup-backlog-instances") + " instances, " + r.get("cleanup-backlog-rows") + " rows, "
                + r.get("cleanup-rows-per-instance") + " rows each), " + db,
                String.format(Locale.ROOT, "%.0f /h", perHour),
                String.format(Locale.ROOT, "province's end rate %.0f /h of window (county %.1f /h; %.0f a year)",
                        provincePerWindowHour, countyPerWindowHour, county),
                String.format(Locale.ROOT, "%.0fx (county %.0fx)", perHour / provincePerWindowHour, perHour / countyPerWindowHour),
                ">= 1x"));
        double hours = BACKLOG / perHour;
        rows.add(new Row("history cleanup: a 1,000,000-instance backlog at that rate, " + db,
                String.format(Locale.ROOT, "%.1f h", hours), "the 4-hour window",
                String.format(Locale.ROOT, "%.1f nights", hours / WINDOW_HOURS), "-"));
        notes.add("history cleanup (" + db + "): " + r.get("cleanup-job-runs") + " runs of " + r.get("cleanup-jobs")
                + " cleanup job(s) in " + r.get("cleanup-seconds") + " s, " + r.get("cleanup-rows-per-second")
                + " rows/s; pace set by " + r.get("cleanup-pace-table") + "; rows per instance by table "
                + r.get("cleanup-shape") + "; backlog built in " + r.get("cleanup-fill-seconds") + " s");
    }

    // ---------------------------------------------------------------- P5

    void startup() throws Exception {
        Path ours = jar(Path.of("target"), "qingyang-discovery");
        Path bareDir = Path.of("src", "bench", "bare-camunda");
        Path bare = findJar(bareDir.resolve("target"), "bare-camunda-bench");
        if (bare == null) {
            System.out.println(">>> building the bare Camunda application (src/bench/bare-camunda)");
            Process build = new ProcessBuilder("mvn", "-q", "-B", "-f", bareDir.resolve("pom.xml").toString(), "-DskipTests",
                    "package").inheritIO().start();
            if (build.waitFor() != 0) {
                throw new IllegalStateException("could not build src/bench/bare-camunda");
            }
            bare = jar(bareDir.resolve("target"), "bare-camunda-bench");
        }
        double[] oursReady = new double[P5_RUNS];
        double[] oursRss = new double[P5_RUNS];
        double[] bareReady = new double[P5_RUNS];
        double[] bareRss = new double[P5_RUNS];
        for (int i = 0; i < P5_RUNS; i++) {
            // alternating, and in turn which goes first, so that a slower minute or a warmer page cache weighs on both
            double[] o;
            double[] b;
            if (i % 2 == 0) {
                o = coldStart(ours);
                b = coldStart(bare);
            } else {
                b = coldStart(bare);
                o = coldStart(ours);
            }
            oursReady[i] = o[0];
            oursRss[i] = o[1];
            bareReady[i] = b[0];
            bareRss[i] = b[1];
            System.out.printf(Locale.ROOT, "    P5 run %d: ours ready %.2f s, %.0f MiB; bare ready %.2f s, %.0f MiB%n",
                    i + 1, o[0], o[1], b[0], b[1]);
        }
        double readyRatio = EngineBenchmark.median(oursReady) / EngineBenchmark.median(bareReady);
        double rssRatio = EngineBenchmark.median(oursRss) / EngineBenchmark.median(bareRss);
        rows.add(new Row("P5 time to ready (cold start, fresh H2 file database, median of " + P5_RUNS + ")",
                String.format(Locale.ROOT, "%.2f s", EngineBenchmark.median(oursReady)),
                String.format(Locale.ROOT, "bare Camunda webapp+REST %.2f s", EngineBenchmark.median(bareReady)),
                String.format(Locale.ROOT, "%.2fx (runs %s)", readyRatio, java.util.stream.IntStream.range(0, P5_RUNS)
                        .mapToObj(i -> String.format(Locale.ROOT, "%.2f", oursReady[i] / bareReady[i]))
                        .collect(java.util.stream.Collectors.joining(", "))), "<= 1.3x"));
        rows.add(new Row("P5 resident memory 5 s after ready (median of " + P5_RUNS + ")",
                String.format(Locale.ROOT, "%.0f MiB", EngineBenchmark.median(oursRss)),
                String.format(Locale.ROOT, "bare %.0f MiB", EngineBenchmark.median(bareRss)),
                String.format(Locale.ROOT, "%.2fx", rssRatio), "<= 1.3x"));
    }

    /** One cold start in a fresh directory: [seconds to ready, resident MiB 5 s later]. */
    static double[] coldStart(Path jar) throws Exception {
        Path dir = Files.createTempDirectory("startup-bench");
        int port = AppProcess.freePort();
        long t0 = System.nanoTime();
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toAbsolutePath().toString(), "--server.port=" + port).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("app.log").toFile()).start();
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
            HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/camunda/app/welcome/default/"))
                    .timeout(Duration.ofSeconds(1)).build();
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(jar + " stopped before it was ready; see " + dir.resolve("app.log"));
                }
                if ((System.nanoTime() - t0) / 1e9 > 180) {
                    throw new IllegalStateException(jar + " not ready after 180 s; see " + dir.resolve("app.log"));
                }
                try {
                    if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        break;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(100);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            Thread.sleep(5_000);
            double rss = Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status")).stream()
                    .filter(l -> l.startsWith("VmRSS:")).mapToDouble(l -> Double.parseDouble(l.replaceAll("\\D", "")) / 1024)
                    .findFirst().orElseThrow();
            return new double[] {seconds, rss};
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    static Path findJar(Path dir, String prefix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return null;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".jar"))
                    .findFirst().orElse(null);
        }
    }

    static Path jar(Path dir, String prefix) throws IOException {
        Path jar = findJar(dir, prefix);
        if (jar == null) {
            throw new IllegalStateException("no " + prefix + "*.jar in " + dir + ": run after mvn package");
        }
        return jar;
    }

    // ---------------------------------------------------------------- P6

    /**
     * The same batch of approved 临时救助 (three async jobs each) on one node and then on two,
     * each on a fresh PostgreSQL database; jobs per second from the first to the last successful
     * job in the job log, and the job acquisitions that failed to lock from the engine's metrics
     * (flushed to ACT_RU_METER_LOG when the nodes stop).
     */
    void twoNodes() throws Exception {
        double[] one = cluster(1);
        double[] two = cluster(2);
        rows.add(new Row("P6 jobs per second, two nodes on one PostgreSQL (" + P6_CASES * ClusterWorkload.JOBS_PER_CASE
                + " async jobs)", String.format(Locale.ROOT, "%.1f jobs/s", two[0]),
                String.format(Locale.ROOT, "one node %.1f jobs/s", one[0]), String.format(Locale.ROOT, "%.2fx", two[0] / one[0]),
                ">= 1.6x"));
        rows.add(new Row("P6 the machine's CPU busy while the jobs ran (all cores, PostgreSQL included)",
                String.format(Locale.ROOT, "two nodes %.0f%%", two[4] * 100), String.format(Locale.ROOT, "one node %.0f%%", one[4] * 100),
                "-", "-"));
        rows.add(new Row("P6 job acquisitions that failed to lock", String.format(Locale.ROOT, "%.1f%% (%d of %d)", two[1] * 100,
                (long) two[2], (long) two[3]), String.format(Locale.ROOT, "one node %.1f%% (%d of %d)", one[1] * 100,
                (long) one[2], (long) one[3]), "-", "-"));
    }

    /** The machine's CPU time so far, all cores, from /proc/stat: [total, idle + iowait] in ticks. */
    static long[] cpu() throws IOException {
        String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < f.length; i++) {
            total += Long.parseLong(f[i]);
        }
        return new long[] {total, Long.parseLong(f[4]) + Long.parseLong(f[5])};
    }

    /** [jobs per second, failed-lock share, failed locks, acquired + failed, CPU busy share] for {@code nodes} nodes. */
    double[] cluster(int nodes) throws Exception {
        System.out.println(">>> P6 on " + nodes + " node(s) ...");
        String[] db = TestDatabase.newPostgresDatabase("qingyang_p6_" + nodes);
        ClusterWorkload workload = new ClusterWorkload(db);
        Path dir = Files.createTempDirectory("qingyang-p6");
        List<AppProcess> started = new ArrayList<>();
        try {
            for (int i = 0; i < nodes; i++) {
                // an idle executor backs off up to max-wait before it looks again: 1 s in both runs,
                // so the measurement is the executors' work, not their sleep
                started.add(workload.node("node-" + (char) ('a' + i), dir, "--camunda.bpm.job-execution.max-wait=1000",
                        "--camunda.bpm.job-execution.wait-time-in-millis=200"));
            }
            Http admin = Http.basic(started.get(0).port(), "admin", "demo");
            ClusterWorkload.holdJobs(admin, true);
            workload.approveCases(started, P6_CASES);
            long expected = (long) P6_CASES * ClusterWorkload.JOBS_PER_CASE;
            long[] cpuBefore = cpu();
            ClusterWorkload.holdJobs(admin, false);
            AppProcess.waitFor("the batch's " + expected + " jobs", Duration.ofMinutes(15), () -> workload.successfulJobs() >= expected);
            long[] cpuAfter = cpu();
            double busy = 1 - (cpuAfter[1] - cpuBefore[1]) / (double) (cpuAfter[0] - cpuBefore[0]);
            double seconds;
            try (Connection c = DriverManager.getConnection(db[0], db[1], db[2]);
                 ResultSet rs = c.createStatement().executeQuery("SELECT EXTRACT(EPOCH FROM MAX(timestamp_) - MIN(timestamp_)) "
                         + "FROM act_hi_job_log WHERE job_state_ = 2 AND process_def_key_ = 'TemporaryAssistance'")) {
                rs.next();
                seconds = rs.getDouble(1);
            }
            long twice = workload.count("SELECT COUNT(*) FROM (SELECT job_id_ FROM act_hi_job_log WHERE job_state_ = 2 "
                    + "GROUP BY job_id_ HAVING COUNT(*) > 1) twice");
            if (twice != 0 || workload.count("SELECT COUNT(*) FROM outbound_message WHERE channel = 'SMS'") != P6_CASES) {
                throw new IllegalStateException("P6: a job succeeded twice or an SMS is missing or doubled");
            }
            for (AppProcess node : started) {
                node.stop(); // graceful: the engine writes its metrics to ACT_RU_METER_LOG
            }
            started.clear();
            long acquired = workload.count("SELECT COALESCE(SUM(value_), 0) FROM act_ru_meter_log WHERE name_ = 'job-acquired-success'");
            long failed = workload.count("SELECT COALESCE(SUM(value_), 0) FROM act_ru_meter_log WHERE name_ = 'job-acquired-failure'");
            if (acquired == 0) {
                throw new IllegalStateException("P6: no job-acquisition metrics in ACT_RU_METER_LOG");
            }
            double rate = (expected - 1) / seconds;
            System.out.printf(Locale.ROOT, "    P6 %d node(s): %d jobs in %.2f s = %.1f jobs/s; failed locks %d of %d; CPU %.0f%% busy%n",
                    nodes, expected, seconds, rate, failed, acquired + failed, busy * 100);
            return new double[] {rate, failed / (double) (acquired + failed), failed, acquired + failed, busy};
        } finally {
            for (AppProcess node : started) {
                node.kill();
            }
        }
    }

    // ---------------------------------------------------------------- output

    String table(Instant started) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "Benchmarks, %s, %d cores, Java %s, %s%s; %.0f min%n%n",
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), System.getProperty("os.name"),
                QUICK ? " (QUICK SIZES: a smoke run, not the documented figures)" : "",
                Duration.between(started, Instant.now()).toSeconds() / 60.0));
        s.append("| figure | value | against | ratio | target |\n|---|---|---|---|---|\n");
        for (Row r : rows) {
            s.append("| ").append(String.join(" | ", r.figure(), r.value(), r.against(), r.ratio(), r.target())).append(" |\n");
        }
        s.append('\n');
        for (String note : notes) {
            s.append("- ").append(note).append('\n');
        }
        s.append("- sizes: ").append(new java.util.TreeMap<>(SIZES)).append(", P5 runs ").append(P5_RUNS).append(", P6 cases ")
                .append(P6_CASES).append('\n');
        return s.toString();
    }

    static double num(Map<String, String> results, String key) {
        String value = results.get(key);
        if (value == null) {
            throw new IllegalStateException("no result " + key + " in " + results);
        }
        return Double.parseDouble(value);
    }

    static String rate(double perSecond) {
        return String.format(Locale.ROOT, "%.1f /s", perSecond);
    }

    static String ratio(double ratio) {
        return String.format(Locale.ROOT, "%.2f", ratio);
    }

    static String ms(double ms) {
        return String.format(Locale.ROOT, "%.2f ms", ms);
    }
}
