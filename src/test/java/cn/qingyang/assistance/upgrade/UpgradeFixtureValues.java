package cn.qingyang.assistance.upgrade;

import cn.qingyang.assistance.TestIdNumbers;
import cn.qingyang.assistance.accesslog.AccessAction;
import cn.qingyang.assistance.accesslog.AccessLogOnDataSource;
import cn.qingyang.assistance.crypto.BlindIndex;
import cn.qingyang.assistance.crypto.CryptoProperties;
import cn.qingyang.assistance.crypto.FieldCipher;
import cn.qingyang.assistance.security.CallerScope;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The keys the upgrade fixtures (src/test/resources/upgrade/V*.sql) were sealed and chained with,
 * and a printer of values for a new fixture: sealed ID numbers and phones with their blind index,
 * made by the application's own {@link FieldCipher} and {@link BlindIndex}, and access-log rows
 * chained by the application's own access log. Run its {@code main} when writing a fixture
 * (see {@link EveryEarlierSchemaUpgradeTest}); the test itself only reads the keys.
 */
public final class UpgradeFixtureValues {

    /** The data key (SM4) and blind-index key the fixtures' sealed values were made with. */
    public static final CryptoProperties KEYS = new CryptoProperties("k1", Map.of("k1", key(16, 3)), "i1",
            Map.of("i1", key(32, 5)), 500);

    /** The access-log key the fixtures' access-log rows were chained with. */
    public static final String ACCESS_LOG_KEY = key(32, 7);

    private UpgradeFixtureValues() {
    }

    static String key(int bytes, int seed) {
        byte[] key = new byte[bytes];
        for (int i = 0; i < bytes; i++) {
            key[i] = (byte) (seed * 31 + i * 7);
        }
        return Base64.getEncoder().encodeToString(key);
    }

    public static void main(String[] args) {
        FieldCipher cipher = new FieldCipher(KEYS);
        BlindIndex index = new BlindIndex(KEYS);
        for (String[] person : List.of(new String[] {"王德福", "34172319420506121"}, new String[] {"李秀英", "34172319680715322"},
                new String[] {"张建国", "34172319751120431"}, new String[] {"陈桂兰", "11010119500308542"},
                new String[] {"刘大勇", "34172319780211612"}, new String[] {"刘小军", "34172320080912651"})) {
            String idNumber = TestIdNumbers.withCheckDigit(person[1]);
            System.out.printf("%s id %s sealed %s index %s%n", person[0], idNumber, cipher.seal(idNumber), index.of(idNumber));
        }
        for (String phone : args) {
            System.out.printf("phone %s sealed %s%n", phone, cipher.seal(phone));
        }

        // two reads of personal data as version 12 logged them, chained by the application's own code
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:fixture-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        DataSource dataSource = h2;
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .target("12").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("10.34.17.23");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        AccessLogOnDataSource.of(dataSource, ACCESS_LOG_KEY, Clock.fixed(Instant.parse("2024-05-06T01:20:00Z"), ZoneId.of("Asia/Shanghai")))
                .record(new CallerScope("qiaomu-caseworker", List.of()), AccessAction.READ_CASE, "case:341723200-202303-0001",
                        "341723200", 1, null);
        AccessLogOnDataSource.of(dataSource, ACCESS_LOG_KEY, Clock.fixed(Instant.parse("2024-05-06T01:21:30Z"), ZoneId.of("Asia/Shanghai")))
                .record(new CallerScope("county-supervisor", List.of()), AccessAction.SHOW_ID_NUMBER, "person:201",
                        "341723200", 1, "核对户籍");
        jdbc.sql("SELECT * FROM personal_data_access ORDER BY seq").query().listOfRows().forEach(System.out::println);
        System.out.println(jdbc.sql("SELECT * FROM personal_data_access_head").query().singleRow());
    }
}
