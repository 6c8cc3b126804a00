package cn.qingyang.assistance.benchmark;

import cn.qingyang.assistance.DiscoveryApplication;
import cn.qingyang.assistance.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/** The application as the in-process benchmarks run it: profiles demo,test, a fresh database, quiet logs. */
final class BenchmarkApplication {

    private BenchmarkApplication() {
    }

    static ConfigurableApplicationContext start(String database) {
        List<String> properties = new ArrayList<>(List.of("server.port=0", "logging.level.root=WARN",
                "logging.level.cn.qingyang=WARN"));
        if ("postgres".equals(database)) {
            // -Dbench.postgres.url: an existing database (kept afterwards, to look into); else a fresh one, dropped
            String kept = System.getProperty("bench.postgres.url");
            String[] db = kept != null ? new String[] {kept, System.getenv("QINGYANG_TEST_POSTGRES_USER"),
                    System.getenv("QINGYANG_TEST_POSTGRES_PASSWORD")} : TestDatabase.newPostgresDatabase("qingyang_bench");
            properties.addAll(List.of("spring.datasource.url=" + db[0], "spring.datasource.username=" + db[1],
                    "spring.datasource.password=" + db[2], "spring.datasource.driver-class-name=org.postgresql.Driver"));
        } else if ("h2file".equals(database)) {
            // H2 in file mode, as a county without PostgreSQL runs it: a fresh file under target/benchmark
            String file = java.nio.file.Path.of("target", "benchmark", "h2file-" + System.currentTimeMillis(), "bench")
                    .toAbsolutePath().toString();
            properties.add("spring.datasource.url=jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE");
        } else {
            properties.add("spring.datasource.url=jdbc:h2:mem:benchmark;DB_CLOSE_DELAY=-1");
        }
        return new SpringApplicationBuilder(DiscoveryApplication.class)
                .profiles("demo", "test")
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("benchmarkTypeExcludeFilter", new SkipTests()),
                        TestDatabase::closeBeforeDrop)
                // as command-line arguments: they win over application-test.yaml's in-memory H2
                .run(properties.stream().map(p -> "--" + p).toArray(String[]::new));
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
