package cn.qingyang.assistance;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Process test coverage, asserted in the build: every *ProcessIT class must pass at least 95% of
 * the flow nodes and sequence flows of the processes it drives. Diagrams deployed by other tests
 * as probes are left out.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(ProcessEngineCoverageConfiguration.class)
public class ProcessCoverageFloor {

    public static final double FLOOR = 0.95;

    @Bean
    ProcessEngineCoverageProperties processEngineCoverageProperties() {
        return ProcessEngineCoverageProperties.builder()
                .assertClassCoverageAtLeast(FLOOR)
                .addInclusionPatternForTestClasses(".*ProcessIT")
                .excludeProcessDefinitionKeys("SecurityProbe", "FilterProbe")
                .reportDirectory("target/process-test-coverage")
                .build();
    }
}
