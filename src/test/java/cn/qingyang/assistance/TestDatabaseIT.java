package cn.qingyang.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.flywaydb.core.Flyway;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The suite really runs where it says: H2 by default, PostgreSQL in the "postgresql" execution, engine and our tables alike. */
@IntegrationTest
class TestDatabaseIT {

    @Autowired
    DataSource dataSource;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Flyway flyway;

    @Test
    void theEngineAndOurTablesAreOnTheSelectedDatabase() throws Exception {
        String expected = TestDatabase.postgres() ? "PostgreSQL" : "H2";
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(expected);
        }
        assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseType())
                .isEqualTo(TestDatabase.postgres() ? "postgres" : "h2");
        assertThat(flyway.info().pending()).as("every migration of db/migration/common and db/migration/{vendor} applied").isEmpty();
        assertThat(flyway.info().applied()).hasSizeGreaterThanOrEqualTo(9);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM org_unit").query(Integer.class).single()).isPositive();
    }
}
