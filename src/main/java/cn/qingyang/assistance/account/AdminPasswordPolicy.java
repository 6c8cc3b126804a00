package cn.qingyang.assistance.account;

import cn.qingyang.assistance.account.PasswordProperties;
import cn.qingyang.assistance.account.PasswordRules;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * The production administrator's password rule: present, and the password policy of every
 * account ({@link PasswordRules}, {@code qingyang.password.*}) with the administrator's longer
 * minimum ({@code qingyang.password.admin-min-length}, default {@value #MIN_LENGTH}). One rule
 * set: what the engine refuses for a user is refused here too. Returns the reason in Chinese.
 */
final class AdminPasswordPolicy {

    /** The default of {@code qingyang.password.admin-min-length}. */
    public static final int MIN_LENGTH = 12;

    private AdminPasswordPolicy() {
    }

    /** @return why the password is refused under the default policy, or empty when it is acceptable */
    public static Optional<String> violation(String userId, String password) {
        return violation(PasswordProperties.defaults(), userId, password);
    }

    /** @return why the password is refused under the configured policy, or empty when it is acceptable */
    public static Optional<String> violation(PasswordProperties properties, String userId, String password) {
        if (userId == null || userId.isBlank()) {
            return Optional.of("未配置管理员账号：请设置 CAMUNDA_BPM_ADMINUSER_ID（camunda.bpm.admin-user.id）。");
        }
        if (password == null || password.isBlank()) {
            return Optional.of("未配置管理员密码：请设置 CAMUNDA_BPM_ADMINUSER_PASSWORD（camunda.bpm.admin-user.password）。");
        }
        PasswordRules rules = PasswordRules.forAdministrator(properties);
        List<PasswordRules.Rule> violated = rules.violated(password, new UserEntity(userId));
        if (violated.isEmpty()) {
            return Optional.empty();
        }
        if (violated.stream().anyMatch(rule -> "PASSWORD_POLICY_COMMON".equals(rule.getPlaceholder()))) {
            return Optional.of("管理员密码是众所周知的弱密码（如 admin、demo）或由同一字符重复组成，请改用至少 "
                    + rules.minLength() + " 位且符合密码策略的密码（" + rules.explainAll() + "）。");
        }
        if (violated.stream().anyMatch(rule -> "PASSWORD_POLICY_LENGTH".equals(rule.getPlaceholder()))) {
            return Optional.of("管理员密码太短：至少需要 " + rules.minLength() + " 个字符。");
        }
        return Optional.of("管理员" + PasswordRules.refusal(violated));
    }
}
