package cn.qingyang.assistance.retention;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Our tables and the engine keep a case for the same time: {@code qingyang.retention.case-file} in
 * application.yaml and the {@code camunda:historyTimeToLive} of every diagram and decision (the
 * case's processes, the ones it calls, its follow-ups and its decisions; the sweeps and inspections
 * carry the names of the people they found). Change one without the other and this fails.
 * The period is counted in days as {@link RetentionProperties#approximateDays} does (365 a year).
 */
class RetentionAgreesWithHistoryTest {

    @EnableConfigurationProperties(RetentionProperties.class)
    static class RetentionOnly {
    }

    /** The retention the application runs with: the shipped application.yaml bound as Spring binds it (defaults included). */
    static Period shippedRetention() {
        Period[] bound = new Period[1];
        new ApplicationContextRunner().withInitializer(new ConfigDataApplicationContextInitializer())
                .withUserConfiguration(RetentionOnly.class)
                .run(context -> bound[0] = context.getBean(RetentionProperties.class).caseFile());
        return bound[0];
    }

    @Test
    void everyDiagramsHistoryTimeToLiveIsTheCaseFileRetention() throws IOException {
        Period retention = shippedRetention();
        String configured = retention.toString();
        long days = RetentionProperties.approximateDays(retention);

        List<Path> models;
        try (Stream<Path> files = Files.walk(Path.of("bpmn"))) {
            models = files.filter(f -> f.toString().endsWith(".bpmn") || f.toString().endsWith(".dmn")).sorted().toList();
        }
        Assertions.assertThat(models).as("diagrams under bpmn/").hasSizeGreaterThan(10);
        int checked = 0;
        for (Path model : models) {
            if (model.toString().endsWith(".bpmn")) {
                for (Process process : Bpmn.readModelFromFile(model.toFile()).getModelElementsByType(Process.class)) {
                    Assertions.assertThat(process.getCamundaHistoryTimeToLiveString())
                            .as(model + " " + process.getId() + ": camunda:historyTimeToLive must equal qingyang.retention.case-file ("
                                    + configured + " = " + days + " days)")
                            .isEqualTo(Long.toString(days));
                    checked++;
                }
            } else {
                for (Decision decision : Dmn.readModelFromFile(model.toFile()).getModelElementsByType(Decision.class)) {
                    Assertions.assertThat(decision.getCamundaHistoryTimeToLiveString())
                            .as(model + " " + decision.getId() + ": camunda:historyTimeToLive must equal qingyang.retention.case-file ("
                                    + configured + " = " + days + " days)")
                            .isEqualTo(Long.toString(days));
                    checked++;
                }
            }
        }
        Assertions.assertThat(checked).isGreaterThan(15);
    }

    @Test
    void theShippedSettingsAreTenYearsNightlyInBatchesOfAHundred() {
        new ApplicationContextRunner().withInitializer(new ConfigDataApplicationContextInitializer())
                .withUserConfiguration(RetentionOnly.class).run(context -> {
                    RetentionProperties properties = context.getBean(RetentionProperties.class);
                    Assertions.assertThat(properties.caseFile()).isEqualTo(Period.ofDays(3650));
                    Assertions.assertThat(properties.cleanupCron()).isEqualTo("0 15 2 * * *");
                    Assertions.assertThat(properties.batchSize()).isEqualTo(100);
                });
        new ApplicationContextRunner().withInitializer(new ConfigDataApplicationContextInitializer())
                .withUserConfiguration(RetentionOnly.class).withPropertyValues("qingyang.retention.case-file=P4Y")
                .run(context -> Assertions.assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("至少保存五年"));
    }

    @Test
    void lessThanTheArchiveRulesMinimumIsRefusedInChinese() {
        Assertions.assertThatThrownBy(() -> new RetentionProperties(Period.ofYears(3), "0 15 2 * * *", 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("至少保存五年");
        Assertions.assertThat(new RetentionProperties(Period.ofYears(5), "0 15 2 * * *", 100).caseFile()).isEqualTo(Period.ofYears(5));
    }
}
