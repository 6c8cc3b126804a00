package cn.qingyang.assistance.calendar;

import cn.qingyang.assistance.TestDatabase;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcClientAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Application contexts holding the calendar (its beans, the shipped years of application.yaml,
 * Flyway) on one database: each is a node with its own cache, as the nodes of a cluster are. On
 * PostgreSQL in the failsafe execution "postgresql", else on a shared in-memory H2 database.
 */
final class CalendarNodes {

    /** What a node's listeners saw; a change of {@link #FAILING_YEAR} fails in its listener. */
    static final class Listener {
        static final int FAILING_YEAR = 2093;
        final List<HolidayArrangementChanged> seen = new ArrayList<>();

        @EventListener
        void on(HolidayArrangementChanged change) {
            seen.add(change);
            if (change.year() == FAILING_YEAR) {
                throw new IllegalStateException("the due dates could not be moved (test listener)");
            }
        }
    }

    // not @Configuration: the shared application's component scan must not pick it up
    @EnableConfigurationProperties(WorkingDayProperties.class)
    @Import({ConfiguredArrangements.class, StatutoryHolidays.class, HolidayArrangementRepository.class,
            DatabaseArrangements.class, WorkingDayCalendar.class, ArrangementCheck.class, HolidayArrangementEntry.class,
            WorkingDaysWarning.class, CalendarController.class})
    static class Node {
        /** The controller's own beans; its status needs neither (no caller, no body). */
        @Bean
        org.camunda.bpm.engine.IdentityService identityService() {
            return org.mockito.Mockito.mock(org.camunda.bpm.engine.IdentityService.class);
        }

        @Bean
        com.fasterxml.jackson.databind.ObjectMapper objectMapper() {
            return new com.fasterxml.jackson.databind.ObjectMapper();
        }

        @Bean
        Listener listener() {
            return new Listener();
        }
    }

    private CalendarNodes() {
    }

    /** [url, user, password] of a new database. */
    static String[] newDatabase() {
        if ("postgresql".equals(System.getProperty(TestDatabase.SELECTOR)) && TestDatabase.postgresAvailable("calendar nodes")) {
            return TestDatabase.newPostgresDatabase("qingyang_calendar");
        }
        return new String[] {"jdbc:h2:mem:calendar-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""};
    }

    static ApplicationContextRunner node(String[] database, Clock clock) {
        return new ApplicationContextRunner()
                .withInitializer(context -> {
                    try {
                        // the first document: the settings of every profile (the shipped years among them)
                        List<PropertySource<?>> documents = new YamlPropertySourceLoader().load("application.yaml",
                                new ClassPathResource("application.yaml"));
                        context.getEnvironment().getPropertySources().addLast(documents.get(0));
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
                        JdbcClientAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
                        TransactionAutoConfiguration.class, FlywayAutoConfiguration.class))
                .withUserConfiguration(Node.class)
                .withBean(Clock.class, () -> clock)
                .withPropertyValues(properties(database));
    }

    private static String[] properties(String[] database) {
        Map<String, String> values = Map.of("spring.datasource.url", database[0], "spring.datasource.username", database[1],
                "spring.datasource.password", database[2], "spring.datasource.hikari.maximum-pool-size", "3",
                "spring.datasource.driver-class-name", database[0].startsWith("jdbc:h2:") ? "org.h2.Driver" : "org.postgresql.Driver");
        return values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }
}
