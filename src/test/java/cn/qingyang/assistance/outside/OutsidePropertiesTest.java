package cn.qingyang.assistance.outside;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Import;

/** The diagrams' retry cycle ({@code ${outsideSystems.retryCycle}}) is application.yaml's, and follows a change. */
class OutsidePropertiesTest {

    @EnableConfigurationProperties(OutsideProperties.class)
    @Import(OutsideSystems.class)
    static class OutsideOnly {
    }

    static final ApplicationContextRunner SPRING = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withUserConfiguration(OutsideOnly.class);

    @Test
    void theShippedCycleIsThreeAttemptsFiveMinutesApart() {
        SPRING.run(context -> assertThat(context.getBean("outsideSystems", OutsideSystems.class).getRetryCycle())
                .isEqualTo("R3/PT5M"));
    }

    @Test
    void aChangedCycleReachesTheDiagrams() {
        SPRING.withPropertyValues("qingyang.outside.retry-cycle=R5/PT1M")
                .run(context -> assertThat(context.getBean(OutsideSystems.class).getRetryCycle()).isEqualTo("R5/PT1M"));
    }

    @Test
    void aBlankCycleStopsTheStart() {
        SPRING.withPropertyValues("qingyang.outside.retry-cycle= ").run(context -> assertThat(context).hasFailed()
                .getFailure().rootCause().hasMessageContaining("qingyang.outside.retry-cycle"));
    }
}
