package cn.qingyang.assistance;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Scope;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Process test coverage, asserted in the build: every *ProcessIT class must pass at least 95% of
 * the flow nodes and sequence flows of the processes it is about ({@link ProcessesUnderTest}).
 *
 * <p>How camunda-process-test-coverage (3.0, Spring listener) computes a class's coverage: one
 * suite per test class; it counts, summed over every process definition that produced at least
 * one event while the class ran, the distinct flow nodes and sequence flows passed, divided by the
 * executable flow nodes and sequence flows of those definitions. The only per-definition scope it
 * offers is {@code excludeProcessDefinitionKeys}, read from this bean before each test class; the
 * bean is therefore a prototype that excludes, for the class about to run, every deployed process
 * it does not name (and the probes other tests deploy).
 *
 * <p>Three details keep the floor switched on: the bean is {@code @Primary} (the library's
 * {@code ProcessEngineCoverageConfiguration} registers a default one too, and with two the
 * listener silently falls back to its defaults: no assertion); only *ProcessIT classes get the
 * assertion, decided here rather than with the library's inclusion pattern, because a class the
 * pattern excludes leaves the engine's coverage listener without a state and every process step
 * then fails ("Coverage state must be initialized") when such a class runs first; every other
 * class is still observed and reported, as before, without a floor.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(ProcessEngineCoverageConfiguration.class)
public class ProcessCoverageFloor {

    public static final double FLOOR = 0.95;

    static final List<String> PROBES = List.of("SecurityProbe", "FilterProbe");

    @Bean
    @Primary
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    ProcessEngineCoverageProperties processEngineCoverageProperties(RepositoryService repository) {
        Class<?> testClass = CurrentTestClass.current;
        var properties = ProcessEngineCoverageProperties.builder().reportDirectory("target/process-test-coverage");
        List<String> excluded = new ArrayList<>(PROBES);
        if (testClass != null && testClass.getSimpleName().endsWith("ProcessIT")) {
            properties.assertClassCoverageAtLeast(FLOOR);
            ProcessesUnderTest under = testClass.getAnnotation(ProcessesUnderTest.class);
            if (under != null) {
                List<String> named = List.of(under.value());
                repository.createProcessDefinitionQuery().list().stream().map(ProcessDefinition::getKey).distinct()
                        .filter(key -> !named.contains(key)).forEach(excluded::add);
            }
        }
        return properties.excludeProcessDefinitionKeys(excluded.toArray(String[]::new)).build();
    }

    /**
     * Tells the bean above which class is about to run: it runs before the coverage listener
     * (which comes last), registered by {@link IntegrationTest}.
     */
    public static class CurrentTestClass implements TestExecutionListener, Ordered {

        static volatile Class<?> current;

        @Override
        public void beforeTestClass(TestContext testContext) {
            current = testContext.getTestClass();
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }
}
