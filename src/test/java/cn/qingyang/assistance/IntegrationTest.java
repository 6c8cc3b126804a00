package cn.qingyang.assistance;

import cn.qingyang.assistance.discovery.CaseFixtures;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The whole application on a random port with the demo profile and an in-memory database (or a
 * fresh PostgreSQL database in the failsafe execution "postgresql", see {@link TestDatabase}). All
 * integration tests share this one configuration, so Spring starts it once per test run (the
 * engine registry is JVM-wide: a second "default" engine in the same JVM would replace it).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = DiscoveryApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import({ProcessCoverageFloor.class, OutsideWorld.class, CaseFixtures.Cases.class, EngineClock.class})
@ContextConfiguration(initializers = TestDatabase.class)
@ExtendWith(TestDatabase.class)
@TestExecutionListeners(listeners = ProcessCoverageFloor.CurrentTestClass.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface IntegrationTest {
}
