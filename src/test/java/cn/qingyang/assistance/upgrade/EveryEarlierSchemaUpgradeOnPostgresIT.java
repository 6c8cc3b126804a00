package cn.qingyang.assistance.upgrade;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.qingyang.assistance.TestDatabase;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The upgrades of {@link EveryEarlierSchemaUpgradeTest} on PostgreSQL (the failsafe execution
 * "postgresql"), with the same fixtures and PostgreSQL's migrations, each version on a fresh database.
 */
class EveryEarlierSchemaUpgradeOnPostgresIT extends EveryEarlierSchemaUpgradeTest {

    @BeforeAll
    static void onlyInThePostgresRun() {
        assumeTrue("postgresql".equals(System.getProperty(TestDatabase.SELECTOR)), "the PostgreSQL run only");
        assumeTrue(TestDatabase.postgresAvailable("EveryEarlierSchemaUpgradeOnPostgresIT"));
    }

    @Override
    protected DataSource emptyDatabase(String version) {
        String[] database = TestDatabase.newPostgresDatabase("upgrade_v" + version);
        // one connection for all of a version's steps: a new one per Flyway call (SCRAM authentication each time)
        // made this run take 88 s; with one it took 57 s (load average 7.8 on two shared cores)
        return new SingleConnectionDataSource(database[0], database[1], database[2], true);
    }

    @Override
    protected void release(DataSource dataSource) {
        ((SingleConnectionDataSource) dataSource).destroy();
    }

    @Override
    protected String dialect() {
        return "postgresql";
    }
}
