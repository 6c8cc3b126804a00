package cn.qingyang.assistance.ledger;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.qingyang.assistance.TestDatabase;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The upgrade from V15 of {@link UpgradeFromV15Test} on PostgreSQL (the failsafe execution "postgresql"), each test on a fresh database. */
class UpgradeFromV15OnPostgresIT extends UpgradeFromV15Test {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    @BeforeAll
    static void onlyInThePostgresRun() {
        assumeTrue("postgresql".equals(System.getProperty(TestDatabase.SELECTOR)), "the PostgreSQL run only");
        assumeTrue(TestDatabase.postgresAvailable("UpgradeFromV15OnPostgresIT"));
    }

    @Override
    protected DataSource emptyDatabase() {
        String[] database = TestDatabase.newPostgresDatabase("upgrade15_" + DATABASES.incrementAndGet());
        return new DriverManagerDataSource(database[0], database[1], database[2]);
    }

    @Override
    protected String[] migrations() {
        return new String[] {"classpath:db/migration/common", "classpath:db/migration/postgresql"};
    }
}
