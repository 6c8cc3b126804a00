package cn.qingyang.assistance.benchmark;

import cn.qingyang.assistance.aid.AssistanceProcesses.TemporaryAssistance;
import cn.qingyang.assistance.crypto.BlindIndex;
import cn.qingyang.assistance.crypto.FieldCipher;
import cn.qingyang.assistance.discovery.DiscoveryCaseProcess.DiscoveryCase;
import static cn.qingyang.assistance.discovery.DiscoveryCaseProcess.*;

import cn.qingyang.assistance.TestIdNumbers;
import cn.qingyang.assistance.aid.AssistanceProcesses;
import cn.qingyang.assistance.discovery.CaseFixtures;
import cn.qingyang.assistance.intake.RegistrationService;
import cn.qingyang.assistance.intake.ReportRequest;
import cn.qingyang.assistance.intake.roster.ImportMode;
import cn.qingyang.assistance.intake.roster.RosterImportService;
import cn.qingyang.assistance.intake.roster.RosterReader;
import cn.qingyang.assistance.intake.roster.RosterResult;
import cn.qingyang.assistance.security.CallerScope;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The in-process part of {@link Benchmarks} (issue 6 §7), run in a JVM of its own per database
 * and part, on a fresh database, with profiles demo,test (no job executor: jobs are executed by
 * the benchmark, one thread). Prints {@code RESULT key value} lines for the orchestrator.
 * <ul>
 *   <li>{@code throughput}: P1 (registrations to the first wait state vs the raw engine starting
 *       a one-user-task process offered to the same township team, and where the difference goes), the raw-JDBC ceiling, P2 (full
 *       happy-path cases vs a raw process with as many wait states) and P3 (roster import);</li>
 *   <li>{@code tasklist}: P4, a village's task list with {@code small} and {@code large} open
 *       tasks in the county.</li>
 * </ul>
 * Rates are measured in interleaved rounds (ours, raw, ours, raw...) and the median round is
 * taken, so a slower phase of the machine weighs on both sides alike.
 */
public class EngineBenchmark {

    static final String QIAOMU = "341723200";
    static final String LINGTANG = "341723200201";
    static final String[] TOWNSHIPS = {"341723100", "341723101", "341723102", "341723103", "341723104", "341723105",
            "341723106", "341723107", "341723108", "341723109", "341723200", "341723202", "341723203", "341723400"};
    static final String[] OTHER_TOWNSHIPS = java.util.Arrays.stream(TOWNSHIPS).filter(t -> !t.equals(QIAOMU))
            .toArray(String[]::new);
    static final CallerScope CASEWORKER = new CallerScope("qiaomu-caseworker", List.of("township-" + QIAOMU));

    final ConfigurableApplicationContext context;
    final String database;
    final RegistrationService registration;
    final RuntimeService runtime;
    final TaskService tasks;
    final ManagementService management;
    final HistoryService history;
    final IdentityService identity;
    final JdbcClient jdbc;
    final FieldCipher cipher;
    final BlindIndex index;
    final TransactionTemplate tx;
    int serial;

    EngineBenchmark(ConfigurableApplicationContext context, String database) {
        this.context = context;
        this.database = database;
        registration = context.getBean(RegistrationService.class);
        runtime = context.getBean(RuntimeService.class);
        tasks = context.getBean(TaskService.class);
        management = context.getBean(ManagementService.class);
        history = context.getBean(HistoryService.class);
        identity = context.getBean(IdentityService.class);
        jdbc = context.getBean(JdbcClient.class);
        cipher = context.getBean(FieldCipher.class);
        index = context.getBean(BlindIndex.class);
        tx = context.getBean(TransactionTemplate.class);
    }

    /** {@code EngineBenchmark h2|postgres throughput|tasklist}; sizes from system properties (see {@link Benchmarks}). */
    public static void main(String[] args) throws Exception {
        String database = args[0];
        String part = args[1];
        ConfigurableApplicationContext context = BenchmarkApplication.start(database);
        try {
            EngineBenchmark benchmark = new EngineBenchmark(context, database);
            result("history-level", context.getBean(ProcessEngine.class).getProcessEngineConfiguration().getHistory());
            if ("throughput".equals(part)) {
                benchmark.throughput();
            } else if ("rows".equals(part)) {
                benchmark.rows();
            } else {
                benchmark.tasklist();
            }
        } finally {
            context.close();
        }
        System.exit(0);
    }

    static void result(String key, Object value) {
        System.out.println("RESULT " + key + " " + (value instanceof Double d ? String.format(Locale.ROOT, "%.3f", d) : value));
    }

    static int size(String name, int defaultValue) {
        return Integer.getInteger("bench." + name, defaultValue);
    }

    // ---------------------------------------------------------------- throughput: P1, ceiling, P2, P3

    void throughput() {
        int rounds = size("rounds", 5);
        int reports = size("reports", 1_000) / rounds;
        int cases = size("cases", 250) / rounds;
        deployRaw();
        int waitStates = probeHappyPath();
        deployRawHappyPath(waitStates);

        // warm-up: JIT, caches, the first rows of every table
        measure(() -> register(100));
        measure(() -> startRaw(100, QIAOMU, "township-" + QIAOMU));
        measure(() -> startRawWithCaseVariables(100));
        measure(() -> rawJdbc(100));
        measure(() -> happyPaths(20));
        measure(() -> rawHappyPaths(20, waitStates));

        double[] p1 = new double[rounds];
        double[] raw = new double[rounds];
        double[] rawVariables = new double[rounds];
        double[] ceiling = new double[rounds];
        double[] p2 = new double[rounds];
        double[] rawP2 = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            p1[r] = reports / measure(() -> register(reports));
            raw[r] = reports / measure(() -> startRaw(reports, QIAOMU, "township-" + QIAOMU));
            rawVariables[r] = reports / measure(() -> startRawWithCaseVariables(reports));
            ceiling[r] = reports / measure(() -> rawJdbc(reports));
            p2[r] = cases / measure(() -> happyPaths(cases));
            rawP2[r] = cases / measure(() -> rawHappyPaths(cases, waitStates));
        }
        result("p1", median(p1));
        result("p1-raw", median(raw));
        result("p1-ratios", ratios(p1, raw));
        result("p1-raw-case-variables", median(rawVariables));
        result("ceiling", median(ceiling));
        result("p2", median(p2));
        result("p2-raw", median(rawP2));
        result("p2-ratios", ratios(p2, rawP2));
        result("p2-wait-states", waitStates);

        int rows = size("rows", 10_000);
        RosterImportService rosters = context.getBean(RosterImportService.class);
        byte[] csv = roster(rows);
        identity.setAuthentication(CASEWORKER.userId(), CASEWORKER.groups());
        RosterResult[] imported = new RosterResult[1];
        double seconds;
        try {
            seconds = measure(() -> imported[0] = rosters.importRoster(rosters.read(csv, "benchmark.csv"),
                    ImportMode.ALL_OR_NOTHING, CASEWORKER));
        } finally {
            identity.clearAuthentication();
        }
        if (imported[0].imported() != rows) {
            throw new IllegalStateException("P3: expected " + rows + " rows imported: " + imported[0].imported()
                    + " imported, " + imported[0].duplicates() + " duplicates, errors "
                    + imported[0].errors().stream().limit(5).toList());
        }
        result("p3", rows / seconds);
        result("p3-rows", rows);
    }

    interface Work {
        void run() throws Exception;
    }

    static double measure(Work work) {
        long t = System.nanoTime();
        try {
            work.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return (System.nanoTime() - t) / 1e9;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The ratio of each round, for the spread: "0.52,0.49,0.55". */
    static String ratios(double[] ours, double[] raw) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < ours.length; i++) {
            s.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.2f", ours[i] / raw[i]));
        }
        return s.toString();
    }

    String nextIdNumber() {
        int i = serial++;
        // birth dates 1930-01-01 onwards, one day per number, sequence 5xx: valid and distinct
        LocalDate birth = LocalDate.of(1930, 1, 1).plusDays(i % 30_000);
        return TestIdNumbers.withCheckDigit("341723" + birth.toString().replace("-", "") + (500 + i / 30_000));
    }

    String register(ReportRequest.PersonData person) {
        return registration.register(new ReportRequest("village_sweep", QIAOMU, LINGTANG, "张卫国", person,
                "独居老人，患重病，无稳定收入", false, false, null), CASEWORKER).caseNumber();
    }

    void register(int count) {
        for (int i = 0; i < count; i++) {
            register(new ReportRequest.PersonData("基准测试", nextIdNumber(), "13800000000"));
        }
    }

    void deployRaw() {
        context.getBean(RepositoryService.class).createDeployment().name("benchmark")
                .addModelInstance("benchmark.bpmn", Bpmn.createExecutableProcess("BenchmarkOneTask")
                        .camundaHistoryTimeToLive(1).startEvent().userTask("Task_Bench").name("基准任务")
                        .camundaCandidateGroups("${group}").endEvent().done())
                .deploy();
    }

    void startRaw(int count, String township, String group) {
        for (int i = 0; i < count; i++) {
            runtime.startProcessInstanceByKey("BenchmarkOneTask", Map.of(TOWNSHIP_CODE, township, "group", group));
        }
    }

    /**
     * The raw start again, carrying as many variables as a case starts with (issue 15 §9: 13 plain
     * ones and the case summary, one Json variable holding what the forms show).
     */
    void startRawWithCaseVariables(int count) {
        for (int i = 0; i < count; i++) {
            Map<String, Object> variables = new HashMap<>();
            variables.put(TOWNSHIP_CODE, QIAOMU);
            variables.put("group", "township-" + QIAOMU);
            variables.put(CASE_ID, (long) i);
            for (int v = 0; v < 10; v++) {
                variables.put("field" + v, "基准值" + v);
            }
            variables.put("summary", org.camunda.spin.plugin.variable.SpinValues.jsonValue(
                    "{\"personName\":\"基准测试\",\"townshipName\":\"乔木乡\",\"villageName\":\"凌塘村\","
                            + "\"idNumberMasked\":\"341723********0119\",\"description\":\"独居老人，患重病，无稳定收入\"}").create());
            runtime.startProcessInstanceByKey("BenchmarkOneTask", variables);
        }
    }

    /**
     * The rows a registration writes in our tables (person, household, member, version, case,
     * report), one transaction each, nothing else.
     */
    void rawJdbc(int count) {
        for (int i = 0; i < count; i++) {
            int n = serial++;
            tx.executeWithoutResult(status -> {
                String id = "RAW" + String.format("%015d", n);
                jdbc.sql("INSERT INTO person (id_number, id_number_index, name, township_code, village_code) "
                                + "VALUES (:id, :index, '基准', :t, :v)")
                        .param("id", cipher.seal(id)).param("index", index.of(id)).param("t", QIAOMU).param("v", LINGTANG)
                        .update();
                long person = jdbc.sql("SELECT id FROM person WHERE id_number_index = :index").param("index", index.of(id))
                        .query(Long.class).single();
                var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
                jdbc.sql("INSERT INTO household (township_code, village_code) VALUES (:t, :v)")
                        .param("t", QIAOMU).param("v", LINGTANG).update(keys, "id");
                long household = keys.getKey().longValue();
                jdbc.sql("INSERT INTO household_member (household_id, person_id, relation, head_of_household) "
                                + "VALUES (:h, :p, 'HEAD', :h)")
                        .param("h", household).param("p", person).update();
                jdbc.sql("INSERT INTO household_version (household_id, version_no, changed_by, source, summary, snapshot) "
                                + "VALUES (:h, 1, 'bench', '上报', '建户', '{}')")
                        .param("h", household).update();
                jdbc.sql("INSERT INTO discovery_case (case_number, person_id, open_person_id, household_id, open_household_id, "
                                + "township_code, village_code, channel, urgent, related_to_staff, status) "
                                + "VALUES (:n, :p, :p, :h, :h, :t, :v, 'village_sweep', FALSE, FALSE, 'OPEN')")
                        .param("n", "RAW-" + n).param("p", person).param("h", household).param("t", QIAOMU).param("v", LINGTANG)
                        .update();
                long caseId = jdbc.sql("SELECT id FROM discovery_case WHERE case_number = :n").param("n", "RAW-" + n)
                        .query(Long.class).single();
                jdbc.sql("INSERT INTO case_report (case_id, person_id, channel, reported_by, description, urgent, result) "
                                + "VALUES (:c, :p, 'village_sweep', 'bench', '基准', FALSE, 'OPENED')")
                        .param("c", caseId).param("p", person).update();
            });
        }
    }

    // P2: the happy path most cases of the notice take: reported, visited (person seen, temporary
    // hardship, too ill to apply), the village 协理员 applies for them, the township grants 临时救助
    // within its cap, the payment is recorded, the finance system and the person are told, the
    // case enters the ledger and closes. Every task is completed and every job executed through
    // the engine's API, as Tasklist and the job executor do.

    Map<String, Object> formFor(Task task) {
        return switch (task.getTaskDefinitionKey()) {
            case DiscoveryCase.TASK_VISIT_HOUSEHOLD -> CaseFixtures.completeVisit(task.getProcessInstanceId(), TEMPORARY_NEED, true,
                    CAN_APPLY_THEMSELVES, "NO");
            case DiscoveryCase.TASK_ASSIST_APPLICATION -> Map.of(AssistanceProcesses.APPLICATION_DATE, "2026-11-30",
                    AssistanceProcesses.APPLICATION_CHANNEL, "PAPER", AssistanceProcesses.APPLICATION_NOTE, "协理员代为提交书面申请");
            case TemporaryAssistance.TASK_DECIDE_TEMPORARY_ASSISTANCE -> Map.of(AssistanceProcesses.TEMPORARY_AMOUNT, 1500.0,
                    AssistanceProcesses.TEMPORARY_REASON, "突发火灾，生活用品损毁",
                    AssistanceProcesses.TOWNSHIP_TEMPORARY_DECISION, "APPROVED",
                    AssistanceProcesses.TOWNSHIP_TEMPORARY_OPINION, "同意");
            default -> throw new IllegalStateException("P2: the happy path does not expect " + task.getTaskDefinitionKey()
                    + " (" + task.getName() + ")");
        };
    }

    /**
     * Drives one case to its end; returns how many wait states (user tasks and jobs) it passed.
     * Like the raw driver, it looks for the next task or job by process instance (the case's,
     * then the called 临时救助's once it has started).
     */
    int happyPath() {
        String caseNumber = register(new ReportRequest.PersonData("基准测试", nextIdNumber(), "13800000000"));
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(PROCESS_KEY).singleResult().getId();
        List<String> instances = new ArrayList<>(List.of(pi));
        int waitStates = 0;
        for (int step = 0; step < 50; step++) {
            if (nextStep(instances)) {
                waitStates++;
                continue;
            }
            List<String> called = runtime.createProcessInstanceQuery().superProcessInstanceId(pi).list().stream()
                    .map(ProcessInstance::getId).filter(id -> !instances.contains(id)).toList();
            if (!called.isEmpty()) {
                instances.addAll(0, called);
                continue;
            }
            if (runtime.createProcessInstanceQuery().processInstanceId(pi).count() != 0) {
                throw new IllegalStateException("P2: case " + caseNumber + " waits at " + runtime.getActiveActivityIds(pi)
                        + " with nothing to do");
            }
            return waitStates;
        }
        throw new IllegalStateException("P2: case " + caseNumber + " did not end");
    }

    /** Completes the first open task, or executes the first due job, of the instances; false if there is none. */
    boolean nextStep(List<String> instances) {
        for (String instance : instances) {
            Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
            if (task != null) {
                tasks.complete(task.getId(), formFor(task));
                return true;
            }
            List<Job> jobs = management.createJobQuery().processInstanceId(instance).executable().listPage(0, 1);
            if (!jobs.isEmpty()) {
                management.executeJob(jobs.get(0).getId());
                return true;
            }
        }
        return false;
    }

    int probeHappyPath() {
        int waitStates = happyPath();
        long closed = jdbc.sql("SELECT COUNT(*) FROM discovery_case WHERE status = 'CLOSED'").query(Long.class).single();
        long paid = jdbc.sql("SELECT COUNT(*) FROM assistance_decision WHERE kind = 'TEMPORARY' AND outcome = 'PAID'")
                .query(Long.class).single();
        if (closed != 1 || paid != 1) {
            throw new IllegalStateException("P2: the probe case should be paid and closed: closed " + closed + ", paid " + paid);
        }
        return waitStates;
    }

    void happyPaths(int count) {
        for (int i = 0; i < count; i++) {
            happyPath();
        }
    }

    /** The raw process with the same wait states: user tasks, then async service tasks that do nothing. */
    void deployRawHappyPath(int waitStates) {
        int userTasks = 3;
        AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess("BenchmarkHappyPath").camundaHistoryTimeToLive(1)
                .startEvent();
        for (int i = 0; i < userTasks; i++) {
            flow = flow.userTask("Task_Bench" + i).name("基准任务" + i).camundaCandidateGroups("${group}");
        }
        for (int i = userTasks; i < waitStates; i++) {
            flow = flow.serviceTask("Task_Async" + i).name("基准作业" + i).camundaAsyncBefore().camundaExpression("${true}");
        }
        context.getBean(RepositoryService.class).createDeployment().name("benchmark-happy-path")
                .addModelInstance("benchmark-happy-path.bpmn", flow.endEvent().done()).deploy();
    }

    void rawHappyPaths(int count, int waitStates) {
        for (int i = 0; i < count; i++) {
            String pi = runtime.startProcessInstanceByKey("BenchmarkHappyPath",
                    Map.of(TOWNSHIP_CODE, QIAOMU, "group", "township-" + QIAOMU)).getId();
            int done = 0;
            while (done < waitStates) {
                Task task = tasks.createTaskQuery().processInstanceId(pi).singleResult();
                if (task != null) {
                    tasks.complete(task.getId());
                } else {
                    management.executeJob(management.createJobQuery().processInstanceId(pi).executable().listPage(0, 1)
                            .get(0).getId());
                }
                done++;
            }
            if (runtime.createProcessInstanceQuery().processInstanceId(pi).count() != 0) {
                throw new IllegalStateException("the raw happy path did not end after " + waitStates + " wait states");
            }
        }
    }

    /** A CSV roster of distinct persons of 乔木乡凌塘村 (sequences 9xx, apart from the registrations' 5xx). */
    static byte[] roster(int rows) {
        StringBuilder csv = new StringBuilder(String.join(",", RosterReader.COLUMNS)).append("\r\n");
        String names = "甲乙丙丁戊己庚辛壬癸";
        for (int i = 0; i < rows; i++) {
            LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(i % 20_000);
            String id = TestIdNumbers.withCheckDigit("341723" + birth.toString().replace("-", "") + (900 + i / 20_000));
            csv.append(i + 1).append(",测试").append(names.charAt(i % 10)).append(names.charAt((i / 10) % 10)).append(',')
                    .append(id).append(",13955661234,乔木乡,凌塘村,基准测试：家庭困难,").append(i % 10 == 0 ? "是" : "否")
                    .append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- rows: where the writes go

    /** Rows left in every table by 100 registrations, 100 raw starts and 20 happy paths (H2): where the writes go. */
    void rows() {
        deployRaw();
        int waitStates = probeHappyPath();
        deployRawHappyPath(waitStates);
        Map<String, Long> before = tableRows();
        register(100);
        Map<String, Long> afterRegistrations = tableRows();
        startRaw(100, QIAOMU, "township-" + QIAOMU);
        Map<String, Long> afterRaw = tableRows();
        happyPaths(20);
        Map<String, Long> afterHappy = tableRows();
        rawHappyPaths(20, waitStates);
        Map<String, Long> afterRawHappy = tableRows();
        long[] totals = new long[4];
        for (String table : new java.util.TreeSet<>(before.keySet())) {
            long p1 = afterRegistrations.get(table) - before.get(table);
            long raw = afterRaw.get(table) - afterRegistrations.get(table);
            long p2 = afterHappy.get(table) - afterRaw.get(table);
            long rawP2 = afterRawHappy.get(table) - afterHappy.get(table);
            totals[0] += p1;
            totals[1] += raw;
            totals[2] += p2;
            totals[3] += rawP2;
            if (p1 != 0 || raw != 0 || p2 != 0 || rawP2 != 0) {
                System.out.printf(Locale.ROOT, "ROWS %-28s registration %6.1f raw %6.1f | happy path %6.1f raw %6.1f%n",
                        table, p1 / 100.0, raw / 100.0, p2 / 20.0, rawP2 / 20.0);
            }
        }
        // net new rows (rows updated or deleted again are not counted)
        result("rows-registration", totals[0] / 100.0);
        result("rows-raw", totals[1] / 100.0);
        result("rows-happy-path", totals[2] / 20.0);
        result("rows-raw-happy-path", totals[3] / 20.0);
    }

    Map<String, Long> tableRows() {
        Map<String, Long> rows = new HashMap<>();
        for (String table : jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'PUBLIC' "
                + "AND table_type = 'BASE TABLE'").query(String.class).list()) {
            rows.put(table, jdbc.sql("SELECT COUNT(*) FROM \"" + table + "\"").query(Long.class).single());
        }
        return rows;
    }

    // ---------------------------------------------------------------- tasklist: P4

    /**
     * 凌塘村's first page with {@code small} and then {@code large} open tasks in the county. The
     * village's own open tasks stay at {@code village} (a village's work: the month's sweep, its
     * reports, applications it files); what grows is the rest of the county, its own township and
     * the other villages of 乔木乡 included, which the tenant and candidate-group filters must skip.
     * Then, for information, the list of 乔木乡's township team, which holds one in twenty of the
     * county's open tasks (after a roster import, thousands).
     */
    void tasklist() throws Exception {
        int small = size("small", 1_000);
        int large = size("large", 100_000);
        int village = size("village", 30);
        deployRaw();
        startRaw(village, QIAOMU, "village-" + LINGTANG);
        load(village, small);
        double smallMs = villageList();
        long smallCount = tasks.createTaskQuery().count();
        load(small, large);
        double largeMs = villageList();
        long largeCount = tasks.createTaskQuery().count();
        result("p4-village", village);
        result("p4-small-count", smallCount);
        result("p4-small-ms", smallMs);
        result("p4-large-count", largeCount);
        result("p4-large-ms", largeMs);
        result("p4-township-tasks", tasks.createTaskQuery().taskCandidateGroup("township-" + QIAOMU).count());
        result("p4-township-ms", firstPage("qiaomu-caseworker", "township-" + QIAOMU));
    }

    /**
     * Open tasks number {@code from} to {@code to}, started on four threads (setup, not measured):
     * one in ten for 乔木乡 (its township team and its other villages), the rest spread over the
     * other thirteen townships.
     */
    void load(int from, int to) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> parts = new ArrayList<>();
            int chunk = 500;
            for (int start = from; start < to; start += chunk) {
                int first = start;
                int last = Math.min(to, start + chunk);
                parts.add(pool.submit(() -> {
                    for (int i = first; i < last; i++) {
                        if (i % 10 == 0) {
                            // 乔木乡's team, or one of its other villages (202..205)
                            startRaw(1, QIAOMU, i % 20 == 0 ? "township-" + QIAOMU : "village-" + QIAOMU + (202 + i / 20 % 4));
                        } else {
                            String township = OTHER_TOWNSHIPS[i % OTHER_TOWNSHIPS.length];
                            startRaw(1, township, "township-" + township);
                        }
                    }
                }));
            }
            for (Future<?> part : parts) {
                part.get();
            }
        } finally {
            pool.shutdown();
        }
        analyze();
    }

    void analyze() {
        if ("postgres".equals(database)) {
            // what autovacuum does soon after a bulk load; the planner needs the statistics
            jdbc.sql("ANALYZE").update();
        }
    }

    /** Median of 30 first-page queries of 凌塘村's list as its collector (authorizations and tenants checked). */
    double villageList() {
        return firstPage("lingtang-collector", "village-" + LINGTANG);
    }

    double firstPage(String user, String group) {
        identity.setAuthentication(user, List.of(group), List.of(QIAOMU));
        try {
            for (int i = 0; i < 10; i++) {
                query(group);
            }
            double[] ms = new double[30];
            for (int i = 0; i < ms.length; i++) {
                long t = System.nanoTime();
                List<Task> page = query(group);
                ms[i] = (System.nanoTime() - t) / 1e6;
                if (page.isEmpty()) {
                    throw new IllegalStateException("P4: " + group + "'s list is empty");
                }
            }
            return median(ms);
        } finally {
            identity.clearAuthentication();
        }
    }

    List<Task> query(String group) {
        return tasks.createTaskQuery().taskCandidateGroup(group).orderByTaskCreateTime().desc().listPage(0, 50);
    }
}
