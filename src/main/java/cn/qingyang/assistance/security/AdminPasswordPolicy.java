package cn.qingyang.assistance.security;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The production administrator's password rule: present, at least {@value #MIN_LENGTH}
 * characters, not a well-known password, not the user id. Returns the reason in Chinese.
 */
public final class AdminPasswordPolicy {

    public static final int MIN_LENGTH = 12;

    /** Passwords that appear in every default installation, tutorial or breach list. */
    private static final Set<String> WELL_KNOWN = Set.of(
            "admin", "demo", "camunda", "password", "passw0rd", "123456", "12345678", "123456789",
            "1234567890", "123456789012", "qwerty", "qwertyuiop", "letmein", "welcome", "changeme",
            "administrator", "admin123", "admin1234", "admin123456", "password123", "p@ssw0rd",
            "root", "toor", "111111", "000000", "abc123", "iloveyou", "a123456", "qwe123");

    private AdminPasswordPolicy() {
    }

    /** @return why the password is refused, or empty when it is acceptable */
    public static Optional<String> violation(String userId, String password) {
        if (userId == null || userId.isBlank()) {
            return Optional.of("未配置管理员账号：请设置 CAMUNDA_BPM_ADMINUSER_ID（camunda.bpm.admin-user.id）。");
        }
        if (password == null || password.isBlank()) {
            return Optional.of("未配置管理员密码：请设置 CAMUNDA_BPM_ADMINUSER_PASSWORD（camunda.bpm.admin-user.password）。");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (WELL_KNOWN.contains(lower) || lower.equals(userId.toLowerCase(Locale.ROOT))) {
            return Optional.of("管理员密码是众所周知的弱密码（如 admin、demo），请改用至少 "
                    + MIN_LENGTH + " 位且不易猜测的密码。");
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("管理员密码太短：至少需要 " + MIN_LENGTH + " 个字符。");
        }
        if (password.chars().distinct().count() == 1) {
            return Optional.of("管理员密码不能由同一个字符重复组成。");
        }
        return Optional.empty();
    }
}
