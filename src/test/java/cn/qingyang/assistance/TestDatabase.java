package cn.qingyang.assistance;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Which database the integration tests run on. By default H2 in memory (application-test.yaml).
 * The failsafe execution "postgresql" sets {@value #SELECTOR}=postgresql: every test then runs
 * against a fresh PostgreSQL database created for this JVM (and dropped at its end), reached with
 * {@code QINGYANG_TEST_POSTGRES_URL} (e.g. {@code jdbc:postgresql://127.0.0.1:5432/postgres}),
 * {@code _USER} and {@code _PASSWORD}, a role allowed to create databases. Without that URL the
 * PostgreSQL run is skipped, loudly; with {@code QINGYANG_TEST_POSTGRES_REQUIRED=true} (CI) it fails.
 */
public final class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext>, ExecutionCondition {

    public static final String SELECTOR = "qingyang.test.database";

    private static String database;

    static boolean postgres() {
        return "postgresql".equals(System.getProperty(SELECTOR));
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? null : value;
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!postgres() || env("QINGYANG_TEST_POSTGRES_URL") != null) {
            return ConditionEvaluationResult.enabled("database available");
        }
        String message = "PostgreSQL run SKIPPED: QINGYANG_TEST_POSTGRES_URL is not set (.ci/run sets it; see README, Test it)";
        if ("true".equals(env("QINGYANG_TEST_POSTGRES_REQUIRED"))) {
            throw new IllegalStateException(message.replace("SKIPPED", "REQUIRED but not configured"));
        }
        System.err.println("!!! " + message);
        return ConditionEvaluationResult.disabled(message);
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!postgres() || env("QINGYANG_TEST_POSTGRES_URL") == null) {
            return;
        }
        String adminUrl = env("QINGYANG_TEST_POSTGRES_URL");
        String user = env("QINGYANG_TEST_POSTGRES_USER");
        String password = env("QINGYANG_TEST_POSTGRES_PASSWORD");
        String url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + freshDatabase(adminUrl, user, password);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("postgres-test-database", Map.of(
                "spring.datasource.url", url, "spring.datasource.username", user, "spring.datasource.password",
                password == null ? "" : password, "spring.datasource.driver-class-name", "org.postgresql.Driver")));
    }

    /** Whether a PostgreSQL server for tests is configured; fails when required (CI) but missing. */
    public static boolean postgresAvailable(String what) {
        if (env("QINGYANG_TEST_POSTGRES_URL") != null) {
            return true;
        }
        String message = what + " SKIPPED: QINGYANG_TEST_POSTGRES_URL is not set (.ci/run sets it; see README, Test it)";
        if ("true".equals(env("QINGYANG_TEST_POSTGRES_REQUIRED"))) {
            throw new IllegalStateException(message.replace("SKIPPED", "needs PostgreSQL, REQUIRED but not configured"));
        }
        System.err.println("!!! " + message);
        return false;
    }

    /** A new, empty PostgreSQL database (dropped when this JVM ends): [url, user, password]. */
    public static String[] newPostgresDatabase(String prefix) {
        String adminUrl = env("QINGYANG_TEST_POSTGRES_URL");
        String user = env("QINGYANG_TEST_POSTGRES_USER");
        String password = env("QINGYANG_TEST_POSTGRES_PASSWORD");
        String name = prefix + "_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
                + "_" + ProcessHandle.current().pid();
        execute(adminUrl, user, password, "CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        Runtime.getRuntime().addShutdownHook(new Thread(() ->
                execute(adminUrl, user, password, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")));
        return new String[] {adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name, user, password == null ? "" : password};
    }

    private static synchronized String freshDatabase(String adminUrl, String user, String password) {
        if (database == null) {
            String name = "qingyang_it_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
                    + "_" + ProcessHandle.current().pid();
            execute(adminUrl, user, password, "CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
            Runtime.getRuntime().addShutdownHook(new Thread(() ->
                    execute(adminUrl, user, password, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")));
            System.err.println(">>> integration tests on PostgreSQL database " + name);
            database = name;
        }
        return database;
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL for the tests: " + sql + " failed: " + e.getMessage(), e);
        }
    }
}
