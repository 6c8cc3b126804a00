package cn.qingyang.assistance.crypto;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.qingyang.assistance.TestDatabase;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The upgrade from the previous version and the key rotation of {@link SealedDataUpgradeAndRotationTest}
 * on PostgreSQL (the failsafe execution "postgresql"), each test on a fresh database.
 */
class SealedDataUpgradeOnPostgresIT extends SealedDataUpgradeAndRotationTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    @BeforeAll
    static void onlyInThePostgresRun() {
        assumeTrue("postgresql".equals(System.getProperty(TestDatabase.SELECTOR)), "the PostgreSQL run only");
        assumeTrue(TestDatabase.postgresAvailable("SealedDataUpgradeOnPostgresIT"));
    }

    @Override
    protected DataSource emptyDatabase() {
        String[] database = TestDatabase.newPostgresDatabase("upgrade" + DATABASES.incrementAndGet());
        return new DriverManagerDataSource(database[0], database[1], database[2]);
    }

    @Override
    protected String[] migrations() {
        return new String[] {"classpath:db/migration/common", "classpath:db/migration/postgresql"};
    }
}
