package cn.qingyang.assistance.accesslog;

import java.time.Clock;
import java.time.Period;
import javax.sql.DataSource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** The application's {@link AccessLog} on a bare data source, for tests outside this package (the upgrade test). */
public final class AccessLogOnDataSource {

    private AccessLogOnDataSource() {
    }

    public static AccessLog of(DataSource dataSource, String key, Clock clock) {
        return new AccessLog(new AccessLogRepository(JdbcClient.create(dataSource)), new DataSourceTransactionManager(dataSource),
                clock, new AccessLogProperties(key, Period.ofYears(3), "0 0 3 * * *"), new StandardEnvironment());
    }
}
