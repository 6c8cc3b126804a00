package cn.qingyang.assistance.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** What the history leaves out: application.yaml's list, and the forms we deploy unless told otherwise. */
class HistoryPropertiesTest {

    @EnableConfigurationProperties(HistoryProperties.class)
    static class HistoryOnly {
    }

    static final ApplicationContextRunner SPRING = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withUserConfiguration(HistoryOnly.class);

    @Test
    void theShippedListAndOurForms() {
        SPRING.run(context -> {
            HistoryProperties history = context.getBean(HistoryProperties.class);
            assertThat(history.leftOutVariables())
                    .containsExactly("objectionText", "eventDetail", "decisionDetail", "smsText", "latestReport");
            assertThat(history.freeTextForms()).isEqualTo("classpath*:forms/**/*.form");
        });
    }

    @Test
    void aChangedListIsTakenAsWrittenWithoutBlanks() {
        SPRING.withPropertyValues("qingyang.history.left-out-variables= noteText , ,smsText",
                        "qingyang.history.free-text-forms=classpath*:other/*.form")
                .run(context -> {
                    HistoryProperties history = context.getBean(HistoryProperties.class);
                    assertThat(history.leftOutVariables()).containsExactly("noteText", "smsText");
                    assertThat(history.freeTextForms()).isEqualTo("classpath*:other/*.form");
                });
    }

    @Test
    void withoutAListOnlyTheFormsAndTheFeaturesDeclarationsAreLeftOut() {
        HistoryProperties history = new Binder(List.of()).bindOrCreate("qingyang.history", HistoryProperties.class);
        assertThat(history.leftOutVariables()).isEmpty();
        assertThat(history.freeTextForms()).isEqualTo("classpath*:forms/**/*.form");
    }
}
