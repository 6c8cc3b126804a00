package cn.qingyang.assistance.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The password policy of every account, under its defaults (qingyang.password.*). */
class PasswordRulesTest {

    final PasswordRules rules = new PasswordRules(PasswordProperties.defaults());

    static UserEntity user(String id, String first, String last, String email) {
        UserEntity user = new UserEntity(id);
        user.setFirstName(first);
        user.setLastName(last);
        user.setEmail(email);
        return user;
    }

    final UserEntity clerk = user("muzhen-clerk", "周红梅", "木镇镇社会救助经办人", "zhou.hm@example.cn");

    private List<String> violated(String password) {
        return rules.violated(password, clerk).stream().map(PasswordPolicyRule::getPlaceholder).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Qy-2026x", "qingyang2026!", "QINGYANG2026county", "乔木乡Qy2026", "Mu zhen 8 town"})
    void eightCharactersOfThreeClassesAreAccepted(String password) {
        assertThat(violated(password)).isEmpty();
    }

    @Test
    void sevenCharactersAreTooShortAndAChineseCharacterCountsOnce() {
        assertThat(violated("Qy-2026")).containsExactly("PASSWORD_POLICY_LENGTH");
        assertThat(violated("木镇Qy-20")).containsExactly("PASSWORD_POLICY_LENGTH");
        assertThat(violated("木镇Qy-202")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"qingyangcounty", "QINGYANG2026", "2026-11-29", "乔木乡凌塘村信息采集", "qingyang-county"})
    void twoClassesOrFewerAreRefused(String password) {
        assertThat(violated(password)).containsExactly("PASSWORD_POLICY_CHARACTER_CLASSES");
    }

    @ParameterizedTest
    @CsvSource({"Muzhen-Clerk-1", "X周红梅2026!", "zhou.hm@example.cn1A", "1A木镇镇社会救助经办人"})
    void theUsersIdNameOrEmailIsRefused(String password) {
        assertThat(violated(password)).contains("PASSWORD_POLICY_USER_DATA");
    }

    @Test
    void aOneCharacterSurnameDoesNotRuleOutItsCharacter() {
        UserEntity wang = user("wang", "王", null, null);
        assertThat(rules.violated("王Qy-2026x", wang)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"P@ssw0rd", "Admin@123", "1qaz@WSX", "AAAAAAAA"})
    void wellKnownOrRepeatedPasswordsAreRefused(String password) {
        assertThat(violated(password)).contains("PASSWORD_POLICY_COMMON");
    }

    @Test
    void theDemoPasswordBreaksThreeRules() {
        assertThat(violated("demo")).containsExactly("PASSWORD_POLICY_LENGTH", "PASSWORD_POLICY_CHARACTER_CLASSES",
                "PASSWORD_POLICY_COMMON");
        assertThat(PasswordRules.refusal(rules.violated("demo", clerk))).isEqualTo(
                "密码不符合密码策略，请换一个：至少 8 个字符；大写字母、小写字母、数字、特殊字符（符号、空格、汉字等）四类中至少包含 3 类；"
                        + "不得使用常见弱密码（如 admin、demo、P@ssw0rd）或由同一字符重复组成。");
    }

    @Test
    void theWebappsGetCamundasPlaceholdersAndTheParametersTheirTranslationsName() {
        assertThat(rules.getRules()).extracting(PasswordPolicyRule::getPlaceholder).containsExactly(
                "PASSWORD_POLICY_LENGTH", "PASSWORD_POLICY_CHARACTER_CLASSES", "PASSWORD_POLICY_USER_DATA",
                "PASSWORD_POLICY_COMMON");
        assertThat(rules.getRules().get(0).getParameters()).containsEntry("minLength", "8");
        assertThat(rules.getRules().get(1).getParameters()).containsEntry("minClasses", "3");
    }

    @Test
    void lengthAndClassesAreConfigurable() {
        PasswordRules strict = new PasswordRules(new PasswordProperties(12, 4, 16, List.of()));
        assertThat(strict.violated("Qy-2026x", clerk)).extracting(PasswordPolicyRule::getPlaceholder)
                .containsExactly("PASSWORD_POLICY_LENGTH");
        assertThat(strict.violated("qingyang-2026-county", clerk)).extracting(PasswordPolicyRule::getPlaceholder)
                .containsExactly("PASSWORD_POLICY_CHARACTER_CLASSES");
        assertThat(strict.explainAll()).startsWith("至少 12 个字符；").contains("至少包含 4 类");
    }
}
