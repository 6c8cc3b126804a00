package cn.qingyang.assistance;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
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

    /** Databases this JVM created, dropped by {@link #DROP} when it ends. */
    private static final List<String[]> CREATED = new ArrayList<>();

    /** Application contexts on those databases: closed before they are dropped. */
    private static final List<ConfigurableApplicationContext> CONTEXTS = new ArrayList<>();

    /**
     * One shutdown hook that first closes every application context on a test database and then drops
     * the databases. Shutdown hooks run concurrently: a separate DROP ... WITH (FORCE) hook killed the
     * connections of engines still shutting down (metrics flush, job executor), whose retries against
     * closed connections outlasted failsafe's 30 s exit timeout, which then failed the build.
     */
    private static final Thread DROP = new Thread(TestDatabase::closeAndDrop, "test-database-drop");

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
        closeBeforeDrop(context);
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

    private static final java.util.concurrent.atomic.AtomicInteger SEQUENCE = new java.util.concurrent.atomic.AtomicInteger();

    /** A new, empty PostgreSQL database (dropped when this JVM ends): [url, user, password]. */
    public static String[] newPostgresDatabase(String prefix) {
        String adminUrl = env("QINGYANG_TEST_POSTGRES_URL");
        String user = env("QINGYANG_TEST_POSTGRES_USER");
        String password = env("QINGYANG_TEST_POSTGRES_PASSWORD");
        // Tests may ask for two in the same second: the sequence keeps the names apart.
        String name = prefix + "_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
                + "_" + ProcessHandle.current().pid() + "_" + SEQUENCE.incrementAndGet();
        create(adminUrl, user, password, name);
        return new String[] {adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name, user, password == null ? "" : password};
    }

    private static synchronized String freshDatabase(String adminUrl, String user, String password) {
        if (database == null) {
            String name = "qingyang_it_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
                    + "_" + ProcessHandle.current().pid();
            create(adminUrl, user, password, name);
            System.err.println(">>> integration tests on PostgreSQL database " + name);
            database = name;
        }
        return database;
    }

    /** An application context in this JVM on a database of {@link #newPostgresDatabase}: closed before the drop. */
    public static void closeBeforeDrop(ConfigurableApplicationContext context) {
        synchronized (CONTEXTS) {
            CONTEXTS.add(context);
        }
    }

    private static void create(String adminUrl, String user, String password, String name) {
        execute(adminUrl, user, password, "CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        synchronized (CREATED) {
            if (CREATED.isEmpty()) {
                Runtime.getRuntime().addShutdownHook(DROP);
            }
            CREATED.add(new String[] {adminUrl, user, password, name});
        }
    }

    private static void closeAndDrop() {
        List<ConfigurableApplicationContext> contexts;
        synchronized (CONTEXTS) {
            contexts = new ArrayList<>(CONTEXTS);
        }
        for (int i = contexts.size() - 1; i >= 0; i--) {
            // waits for Spring's own shutdown hook if that is closing the same context right now
            contexts.get(i).close();
        }
        List<String[]> databases;
        synchronized (CREATED) {
            databases = new ArrayList<>(CREATED);
        }
        for (String[] db : databases) {
            // A database just filled and emptied (the cleanup benchmark: 18 GB at 300,000 instances)
            // has autovacuum working in it, which a non-superuser cannot terminate: the drop fails
            // until it has finished. Try for a minute rather than leave the database behind.
            for (int attempt = 1; ; attempt++) {
                try {
                    execute(db[0], db[1], db[2], "DROP DATABASE IF EXISTS " + db[3] + " WITH (FORCE)");
                    break;
                } catch (IllegalStateException e) {
                    if (attempt == 12) {
                        System.err.println("!!! " + e.getMessage() + " — drop it by hand: DROP DATABASE " + db[3]);
                        break;
                    }
                    try {
                        Thread.sleep(5_000);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                }
            }
        }
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
