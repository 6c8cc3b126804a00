package cn.qingyang.assistance.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AdminPasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"admin", "demo", "ADMIN", "camunda", "password", "123456789012", "changeme"})
    void wellKnownPasswordsAreRefused(String password) {
        assertThat(AdminPasswordPolicy.violation("admin", password)).hasValueSatisfying(
                reason -> assertThat(reason).contains("弱密码"));
    }

    @ParameterizedTest
    @CsvSource({"admin,'短密码Abc123'", "admin,'Abc!2345678'"})
    void passwordsUnderTwelveCharactersAreRefused(String user, String password) {
        assertThat(AdminPasswordPolicy.violation(user, password)).hasValueSatisfying(
                reason -> assertThat(reason).contains("至少需要 12 个字符"));
    }

    @ParameterizedTest
    @CsvSource({"chief.admin,chief.admin", "admin,aaaaaaaaaaaaaa"})
    void theUserIdOrOneRepeatedCharacterIsRefused(String user, String password) {
        assertThat(AdminPasswordPolicy.violation(user, password)).isPresent();
    }

    @ParameterizedTest
    @CsvSource(value = {"admin|", "admin|'   '", "|Qingyang-Strong-2026"}, delimiter = '|')
    void missingIdOrPasswordIsRefused(String user, String password) {
        assertThat(AdminPasswordPolicy.violation(user, password)).hasValueSatisfying(
                reason -> assertThat(reason).startsWith("未配置管理员"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Qingyang-Strong-2026", "民政局主动发现系统管理口令Qy2026"})
    void aLongUncommonPasswordIsAccepted(String password) {
        assertThat(AdminPasswordPolicy.violation("admin", password)).isEmpty();
    }

    /**
     * One rule set with every account (issue 12): a long passphrase of Chinese characters alone
     * (accepted before) now needs two more of the classes too, as 等保 asks of every password.
     */
    @ParameterizedTest
    @ValueSource(strings = {"民政局主动发现系统管理口令", "qingyangcountyadmin", "QINGYANG-COUNTY-ADMIN"})
    void fewerThanThreeCharacterClassesAreRefused(String password) {
        assertThat(AdminPasswordPolicy.violation("admin", password)).hasValueSatisfying(
                reason -> assertThat(reason).contains("四类中至少包含 3 类"));
    }

    @org.junit.jupiter.api.Test
    void theConfiguredPolicyApplies() {
        var strict = new cn.qingyang.assistance.account.PasswordProperties(8, 4, 16, java.util.List.of("qingyang-strong-2026"));
        assertThat(AdminPasswordPolicy.violation(strict, "admin", "Qingyang-Strong-2026")).hasValueSatisfying(
                reason -> assertThat(reason).contains("弱密码"));
        assertThat(AdminPasswordPolicy.violation(strict, "admin", "Qingyang-Str0ng")).hasValueSatisfying(
                reason -> assertThat(reason).contains("至少需要 16 个字符"));
        assertThat(AdminPasswordPolicy.violation(strict, "admin", "qingyang-strong-county")).hasValueSatisfying(
                reason -> assertThat(reason).contains("四类中至少包含 4 类"));
    }
}
