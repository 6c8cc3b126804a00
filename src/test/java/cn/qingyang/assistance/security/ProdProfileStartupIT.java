package cn.qingyang.assistance.security;

import cn.qingyang.assistance.account.WeakAdminPasswordException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.qingyang.assistance.DiscoveryApplication;
import cn.qingyang.assistance.crypto.DataKeyException;
import cn.qingyang.assistance.crypto.DemoKeys;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** The prod profile: no demo users, a strong administrator password or no start at all. */
@ExtendWith(OutputCaptureExtension.class)
class ProdProfileStartupIT {

    static final String STRONG = "Qingyang-Strong-2026";

    /** The access log's HMAC key (QINGYANG_ACCESS_LOG_KEY), which prod also requires. */
    static final String ACCESS_LOG_KEY = "--qingyang.access-log.key="
            + Base64.getEncoder().encodeToString("prod-test-access-log-key-32-bytes".getBytes(StandardCharsets.US_ASCII));

    /** The county's own keys (in production from the environment: QINGYANG_CRYPTO_...). */
    static final String[] KEYS = {
            "--qingyang.crypto.current-data-key=k2026",
            "--qingyang.crypto.data-keys.k2026=" + Base64.getEncoder().encodeToString("prod-test-sm4-16".getBytes(StandardCharsets.US_ASCII)),
            "--qingyang.crypto.current-index-key=i2026",
            "--qingyang.crypto.index-keys.i2026="
                    + Base64.getEncoder().encodeToString("prod-test-hmac-sm3-key-of-32-byte".getBytes(StandardCharsets.US_ASCII)),
            ACCESS_LOG_KEY};

    /** Command-line arguments, so they win over application.yaml as an operator's would. */
    private static String[] args(String databaseUrl, String adminPassword) {
        return args(databaseUrl, adminPassword, KEYS);
    }

    private static String[] args(String databaseUrl, String adminPassword, String... keys) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + databaseUrl,
                "--camunda.bpm.admin-user.id=admin",
                "--camunda.bpm.admin-user.password=" + adminPassword,
                "--camunda.bpm.job-execution.enabled=false",
                // an engine name of its own: the shared test application's "default" engine stays registered
                "--camunda.bpm.process-engine-name=prodTest"));
        args.addAll(List.of(keys));
        return args.toArray(String[]::new);
    }

    private static SpringApplicationBuilder prod() {
        return new SpringApplicationBuilder(DiscoveryApplication.class).profiles("prod");
    }

    @Test
    void weakAdminPasswordStopsTheStartWithAClearMessage(CapturedOutput output) {
        assertThatThrownBy(() -> prod().run(args("jdbc:h2:mem:prod-weak", "admin")))
                .isInstanceOf(WeakAdminPasswordException.class)
                .hasMessageContaining("弱密码");
        assertThat(output).contains("APPLICATION FAILED TO START").contains("拒绝启动").contains("CAMUNDA_BPM_ADMINUSER_PASSWORD");
    }

    @Test
    void missingAdminPasswordStopsTheStart() {
        assertThatThrownBy(() -> prod().run(args("jdbc:h2:mem:prod-missing", "")))
                .isInstanceOf(WeakAdminPasswordException.class).hasMessageContaining("未配置管理员密码");
    }

    @Test
    void missingDataKeysStopTheStartWithAClearMessage(CapturedOutput output) {
        assertThatThrownBy(() -> prod().run(args("jdbc:h2:mem:prod-no-keys", STRONG, new String[0])))
                .isInstanceOf(DataKeyException.class)
                .hasMessageContaining("未配置数据加密密钥").hasMessageContaining("qingyang.crypto.data-keys");
        assertThat(output).contains("APPLICATION FAILED TO START").contains("拒绝启动")
                .contains("QINGYANG_CRYPTO_DATAKEYS_K2026");
    }

    @Test
    void theDemoKeyUnderAnotherNameStopsTheStart() {
        String[] demoKey = KEYS.clone();
        demoKey[1] = "--qingyang.crypto.data-keys.k2026=" + DemoKeys.DATA_KEY;
        assertThatThrownBy(() -> prod().run(args("jdbc:h2:mem:prod-demo-key", STRONG, demoKey)))
                .isInstanceOf(DataKeyException.class).hasMessageContaining("不得使用演示密钥");
    }

    @Test
    void aDataKeyOfTheWrongLengthStopsTheStart() {
        String[] shortKey = KEYS.clone();
        shortKey[1] = "--qingyang.crypto.data-keys.k2026=" + Base64.getEncoder().encodeToString(new byte[8]);
        assertThatThrownBy(() -> prod().run(args("jdbc:h2:mem:prod-short-key", STRONG, shortKey)))
                .isInstanceOf(DataKeyException.class).hasMessageContaining("长度为 8 字节，应为 16 字节");
    }

    @Test
    void theAccessLogsDemoKeyStopsTheStartWithAClearMessage(CapturedOutput output) {
        String[] demoAccessLogKey = java.util.Arrays.stream(KEYS)
                .map(k -> k.equals(ACCESS_LOG_KEY) ? "--qingyang.access-log.key=" + cn.qingyang.assistance.accesslog.AccessLogKeyTest.DEMO : k)
                .toArray(String[]::new);
        assertThatThrownBy(() -> prod().run(args("jdbc:h2:mem:prod-demo-access-key", STRONG, demoAccessLogKey)))
                .hasStackTraceContaining("演示密钥");
        assertThat(output).contains("APPLICATION FAILED TO START").contains("QINGYANG_ACCESS_LOG_KEY");
    }

    @Test
    void prodCannotBeCombinedWithDemo() {
        assertThatThrownBy(() -> prod().profiles("demo").run(args("jdbc:h2:mem:prod-demo", STRONG)))
                .isInstanceOf(WeakAdminPasswordException.class).hasMessageContaining("不得含演示用户");
    }

    @Test
    void strongPasswordStartsWithTheAdminOnlyAndDataSurviveARestart(@TempDir Path dir) {
        String fileDatabase = "jdbc:h2:file:" + dir.resolve("qingyang").toAbsolutePath();
        try (ConfigurableApplicationContext app = prod().run(args(fileDatabase, STRONG))) {
            IdentityService identity = app.getBean(IdentityService.class);
            assertThat(identity.checkPassword("admin", STRONG)).isTrue();
            assertThat(identity.createUserQuery().list()).extracting(u -> u.getId()).containsExactly("admin");
            assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").count()).isOne();
            var user = identity.newUser("township-clerk");
            user.setPassword("Another-Strong-Pass-1");
            identity.saveUser(user);
            // no demo passwords in prod: the password policy of every account applies
            var weak = identity.newUser("demo-clerk");
            weak.setPassword("demo");
            assertThatThrownBy(() -> identity.saveUser(weak)).isInstanceOf(org.camunda.bpm.engine.BadUserRequestException.class)
                    .hasMessageStartingWith("密码不符合密码策略");
            assertThat(identity.createUserQuery().userId("demo-clerk").count()).isZero();
        }
        try (ConfigurableApplicationContext app = prod().run(args(fileDatabase, STRONG))) {
            IdentityService identity = app.getBean(IdentityService.class);
            assertThat(identity.createUserQuery().userId("township-clerk").count()).isOne();
            assertThat(identity.createTenantQuery().count()).isEqualTo(14);
        }
    }
}
