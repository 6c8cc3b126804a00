package cn.qingyang.assistance.roster;

import cn.qingyang.assistance.DiscoveryApplication;
import cn.qingyang.assistance.TestDatabase;
import cn.qingyang.assistance.TestIdNumbers;
import cn.qingyang.assistance.discovery.RegistrationService;
import cn.qingyang.assistance.discovery.ReportRequest;
import cn.qingyang.assistance.security.CallerScope;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark, not a test (neither surefire nor failsafe runs it): P1, P4 and the raw-JDBC ceiling
 * of issue 6 §7, every figure measured in the same run, printed as one table.
 * <ul>
 *   <li>P1: reports registered (RegistrationService: validation, dedup, person, case, report, a
 *       DiscoveryCase instance up to its first wait states) per second, against the raw engine
 *       starting a one-user-task process, same history level, one thread;</li>
 *   <li>ceiling: raw JDBC transactions writing the same three rows (person, case, report);</li>
 *   <li>P4: a village's task list (first page, as 凌塘村's collector, authorizations and tenants
 *       on) with {@code small} and then {@code large} open tasks in the county: the growth.</li>
 * </ul>
 * <pre>
 * mvn -q -o test-compile
 * java -cp target/test-classes:target/classes:$(mvn -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout) \
 *     cn.qingyang.assistance.roster.PerformanceBenchmark h2|postgres [reports=1000] [small=1000] [large=100000]
 * </pre>
 * "postgres" needs QINGYANG_TEST_POSTGRES_URL/_USER/_PASSWORD (a fresh database is created and dropped).
 */
public class PerformanceBenchmark {

    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "h2";
        int reports = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int small = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        int large = args.length > 3 ? Integer.parseInt(args[3]) : 100_000;
        List<String> properties = new ArrayList<>(List.of("server.port=0", "logging.level.root=WARN",
                "logging.level.cn.qingyang=WARN"));
        if ("postgres".equals(database)) {
            String[] db = TestDatabase.newPostgresDatabase("qingyang_bench");
            properties.addAll(List.of("spring.datasource.url=" + db[0], "spring.datasource.username=" + db[1],
                    "spring.datasource.password=" + db[2], "spring.datasource.driver-class-name=org.postgresql.Driver"));
        } else {
            properties.add("spring.datasource.url=jdbc:h2:mem:perf-benchmark;DB_CLOSE_DELAY=-1");
        }
        ConfigurableApplicationContext context = new SpringApplicationBuilder(DiscoveryApplication.class)
                .profiles("demo", "test")
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("benchmarkTypeExcludeFilter",
                        new RosterImportBenchmark.SkipTests()))
                // as command-line arguments: they win over application-test.yaml's in-memory H2
                .run(properties.stream().map(p -> "--" + p).toArray(String[]::new));
        try {
            RegistrationService registration = context.getBean(RegistrationService.class);
            RuntimeService runtime = context.getBean(RuntimeService.class);
            TaskService tasks = context.getBean(TaskService.class);
            IdentityService identity = context.getBean(IdentityService.class);
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            TransactionTemplate tx = context.getBean(TransactionTemplate.class);
            context.getBean(RepositoryService.class).createDeployment().name("benchmark")
                    .addModelInstance("benchmark.bpmn", Bpmn.createExecutableProcess("BenchmarkOneTask")
                            .camundaHistoryTimeToLive(1).startEvent().userTask("Task_Bench").name("基准任务")
                            .camundaCandidateGroups("${group}").endEvent().done())
                    .deploy();
            CallerScope admin = new CallerScope("admin", List.of("camunda-admin"));

            // warm-up
            register(registration, admin, 0, 200);
            startRaw(runtime, 200, "341723200", "village-341723200201");
            rawJdbc(jdbc, tx, 0, 200);

            long t = System.nanoTime();
            register(registration, admin, 200, reports);
            double p1 = reports / seconds(t);
            t = System.nanoTime();
            startRaw(runtime, reports, "341723200", "village-341723200201");
            double raw = reports / seconds(t);
            t = System.nanoTime();
            startRawWithCaseVariables(runtime, reports);
            double rawWithVariables = reports / seconds(t);
            t = System.nanoTime();
            rawJdbc(jdbc, tx, 200, reports);
            double ceiling = reports / seconds(t);

            long open = tasks.createTaskQuery().count();
            if (open < small) {
                startRaw(runtime, (int) (small - open), "341723100", "township-341723100");
            }
            double smallMs = villageList(identity, tasks);
            long smallCount = tasks.createTaskQuery().count();
            String[] townships = {"341723100", "341723101", "341723102", "341723103", "341723104", "341723105", "341723106",
                    "341723107", "341723108", "341723109", "341723200", "341723202", "341723203", "341723400"};
            long missing = large - smallCount;
            for (int i = 0; i < missing; i += 1_000) {
                String township = townships[(i / 1_000) % townships.length];
                startRaw(runtime, (int) Math.min(1_000, missing - i), township, "township-" + township);
            }
            double largeMs = villageList(identity, tasks);
            long largeCount = tasks.createTaskQuery().count();

            System.out.println();
            System.out.printf(Locale.ROOT, "database: %s, history level: %s, one thread%n", database,
                    context.getBean(org.camunda.bpm.engine.ProcessEngine.class).getProcessEngineConfiguration().getHistory());
            System.out.println("| figure | value | against | ratio | target |");
            System.out.println("|---|---|---|---|---|");
            System.out.printf(Locale.ROOT, "| P1 reports registered to the first wait state | %.1f /s | raw one-task start %.1f /s | %.3f | >= 0.5 |%n",
                    p1, raw, p1 / raw);
            System.out.printf(Locale.ROOT, "| (where it goes) raw start with a case's 20 start variables | %.1f /s | P1 | %.3f | - |%n",
                    rawWithVariables, p1 / rawWithVariables);
            System.out.printf(Locale.ROOT, "| ceiling: raw JDBC, same three rows | %.1f /s | P1 | %.3f | - |%n", ceiling, p1 / ceiling);
            System.out.printf(Locale.ROOT, "| P4 village task list, %d open tasks | %.2f ms | %d open tasks: %.2f ms | %.2fx | <= 3x |%n",
                    largeCount, largeMs, smallCount, smallMs, largeMs / smallMs);
        } finally {
            context.close();
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static void register(RegistrationService registration, CallerScope caller, int from, int count) {
        for (int i = from; i < from + count; i++) {
            String id = TestIdNumbers.withCheckDigit("341723" + (19300101 + (i / 28) % 12 * 100 + i % 28 + (i / 336) * 10000)
                    + String.format("%03d", 500 + i % 7));
            registration.register(new ReportRequest("village_sweep", "341723200", "341723200201", "基准",
                    new ReportRequest.PersonData("基准测试", id, null), "基准测试", false, false, "bench-" + i), caller);
        }
    }

    private static void startRaw(RuntimeService runtime, int count, String township, String group) {
        for (int i = 0; i < count; i++) {
            runtime.startProcessInstanceByKey("BenchmarkOneTask", Map.of("townshipCode", township, "group", group));
        }
    }

    /** The raw one-task start, carrying as many variables as a case starts with (history writes each). */
    private static void startRawWithCaseVariables(RuntimeService runtime, int count) {
        for (int i = 0; i < count; i++) {
            Map<String, Object> variables = new java.util.HashMap<>();
            variables.put("townshipCode", "341723200");
            variables.put("group", "village-341723200201");
            variables.put("caseId", (long) i);
            for (int v = 0; v < 17; v++) {
                variables.put("field" + v, "基准值" + v);
            }
            runtime.startProcessInstanceByKey("BenchmarkOneTask", variables);
        }
    }

    /** The same rows a registration writes (person, case, report), one transaction each, nothing else. */
    private static void rawJdbc(JdbcClient jdbc, TransactionTemplate tx, int from, int count) {
        for (int i = from; i < from + count; i++) {
            int n = i;
            tx.executeWithoutResult(status -> {
                String id = "RAW" + String.format("%015d", n);
                jdbc.sql("INSERT INTO person (id_number, name, township_code, village_code) VALUES (:id, '基准', '341723200', '341723200201')")
                        .param("id", id).update();
                long person = jdbc.sql("SELECT id FROM person WHERE id_number = :id").param("id", id).query(Long.class).single();
                jdbc.sql("INSERT INTO discovery_case (case_number, person_id, open_person_id, township_code, village_code, channel, "
                                + "urgent, related_to_staff, status) VALUES (:n, :p, :p, '341723200', '341723200201', 'village_sweep', "
                                + "FALSE, FALSE, 'OPEN')")
                        .param("n", "RAW-" + n).param("p", person).update();
                long caseId = jdbc.sql("SELECT id FROM discovery_case WHERE case_number = :n").param("n", "RAW-" + n)
                        .query(Long.class).single();
                jdbc.sql("INSERT INTO case_report (case_id, channel, reported_by, description, urgent, result) "
                                + "VALUES (:c, 'village_sweep', 'bench', '基准', FALSE, 'OPENED')")
                        .param("c", caseId).update();
            });
        }
    }

    /** Median of 30 first-page queries of 凌塘村's list, as its collector (authorizations and tenants checked). */
    private static double villageList(IdentityService identity, TaskService tasks) {
        identity.setAuthentication("lingtang-collector", List.of("village-341723200201"), List.of("341723200"));
        try {
            double[] ms = new double[30];
            for (int i = 0; i < ms.length; i++) {
                long t = System.nanoTime();
                tasks.createTaskQuery().taskCandidateGroup("village-341723200201").orderByTaskCreateTime().desc().listPage(0, 50);
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(ms);
            return ms[ms.length / 2];
        } finally {
            identity.clearAuthentication();
        }
    }
}
