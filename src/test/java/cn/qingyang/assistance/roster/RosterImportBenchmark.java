package cn.qingyang.assistance.roster;

import cn.qingyang.assistance.DiscoveryApplication;
import cn.qingyang.assistance.security.CallerScope;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * Benchmark, not a test (no Test/IT suffix: neither surefire nor failsafe runs it). It starts the
 * application (profiles demo,test: in-memory H2, no job executor), imports a generated roster of
 * 10,000 rows through {@link RosterImportService} as qiaomu-caseworker (every row a new person: a
 * new case and a DiscoveryCase instance), then deploys a one-user-task process and starts 2,000
 * instances of it with RuntimeService (no authentication, no tenant), and prints both rates and
 * their ratio: what a roster row costs beyond a bare process start.
 *
 * <pre>
 * mvn -q -o test-compile
 * java -cp target/test-classes:target/classes:$(mvn -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout) \
 *     cn.qingyang.assistance.roster.RosterImportBenchmark [rows=10000] [instances=2000]
 * </pre>
 */
public class RosterImportBenchmark {

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int instances = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        ConfigurableApplicationContext context = new SpringApplicationBuilder(DiscoveryApplication.class)
                .profiles("demo", "test")
                .properties("server.port=0", "spring.datasource.url=jdbc:h2:mem:roster-benchmark;DB_CLOSE_DELAY=-1",
                        "logging.level.root=WARN", "logging.level.cn.qingyang=WARN")
                // test classes are on the classpath: keep their configurations (process coverage) out
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("benchmarkTypeExcludeFilter", new SkipTests()))
                .run();
        try {
            RosterImportService rosters = context.getBean(RosterImportService.class);
            IdentityService identity = context.getBean(IdentityService.class);
            RuntimeService runtime = context.getBean(RuntimeService.class);
            RepositoryService repository = context.getBean(RepositoryService.class);

            CallerScope caller = new CallerScope("qiaomu-caseworker", List.of("township-341723200"));
            byte[] csv = roster(rows);
            identity.setAuthentication(caller.userId(), caller.groups());
            long started = System.nanoTime();
            RosterResult result;
            try {
                RosterFile file = rosters.read(csv, "benchmark.csv");
                result = rosters.importRoster(file, ImportMode.ALL_OR_NOTHING, caller);
            } finally {
                identity.clearAuthentication();
            }
            double rosterSeconds = (System.nanoTime() - started) / 1e9;
            if (result.imported() != rows) {
                throw new IllegalStateException("expected " + rows + " imported: " + result.imported() + " imported, "
                        + result.duplicates() + " duplicates, errors " + result.errors().stream().limit(5).toList());
            }
            double rowsPerSecond = rows / rosterSeconds;
            System.out.printf(Locale.ROOT, "roster import: %d rows in %.1f s = %.1f rows/s%n", rows, rosterSeconds, rowsPerSecond);

            BpmnModelInstance oneTask = Bpmn.createExecutableProcess("RosterBenchmarkOneTask").camundaHistoryTimeToLive(1)
                    .startEvent().userTask("Task_Bench").name("基准任务").endEvent().done();
            identity.clearAuthentication();
            repository.createDeployment().name("roster-benchmark").addModelInstance("roster-benchmark.bpmn", oneTask).deploy();
            started = System.nanoTime();
            for (int i = 0; i < instances; i++) {
                runtime.startProcessInstanceByKey("RosterBenchmarkOneTask", "bench-" + i);
            }
            double instanceSeconds = (System.nanoTime() - started) / 1e9;
            double instancesPerSecond = instances / instanceSeconds;
            System.out.printf(Locale.ROOT, "process starts: %d one-user-task instances in %.1f s = %.1f instances/s%n",
                    instances, instanceSeconds, instancesPerSecond);
            System.out.printf(Locale.ROOT, "RESULT roster rows/s = %.1f, one-task instances/s = %.1f, ratio rows/instances = %.3f%n",
                    rowsPerSecond, instancesPerSecond, rowsPerSecond / instancesPerSecond);
        } finally {
            context.close();
        }
    }

    /** A CSV roster of distinct persons of 乔木乡凌塘村 (birth dates 1940 onwards, sequences 9xx). */
    static byte[] roster(int rows) {
        StringBuilder csv = new StringBuilder(String.join(",", RosterReader.COLUMNS)).append("\r\n");
        String names = "甲乙丙丁戊己庚辛壬癸";
        for (int i = 0; i < rows; i++) {
            LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(i % 20_000);
            String id = RosterFiles.idNumber("341723" + birth.toString().replace("-", "") + (900 + i / 20_000));
            csv.append(i + 1).append(",测试").append(names.charAt(i % 10)).append(names.charAt((i / 10) % 10)).append(',')
                    .append(id).append(",13955661234,乔木乡,凌塘村,基准测试：家庭困难,").append(i % 10 == 0 ? "是" : "否")
                    .append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Leaves out @TestConfiguration classes and test classes that the component scan finds in test-classes. */
    static final class SkipTests extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            String outer = reader.getClassMetadata().getClassName().split("\\$")[0];
            return reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName())
                    || outer.endsWith("Test") || outer.endsWith("IT");
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof SkipTests;
        }

        @Override
        public int hashCode() {
            return SkipTests.class.hashCode();
        }
    }
}
