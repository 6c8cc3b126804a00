package cn.qingyang.assistance.account;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The password policy of every account ({@code qingyang.password.*}). Defaults as 等保 2.0 level 3
 * is usually read (GB/T 22239-2019 8.1.4.1 a asks for "复杂度要求" without numbers; assessors
 * expect at least 8 characters of at least 3 of the 4 classes): see docs/security-accounts.md.
 *
 * @param minLength           fewest characters of any password
 * @param minCharacterClasses fewest of the four classes (upper-case, lower-case, digit, other)
 * @param adminMinLength      fewest characters of the configured administrator's password (prod)
 * @param forbidden           passwords nobody may use (compared ignoring case), in place of the default list
 */
@ConfigurationProperties("qingyang.password")
public record PasswordProperties(
        @DefaultValue("8") int minLength,
        @DefaultValue("3") int minCharacterClasses,
        @DefaultValue("12") int adminMinLength,
        @DefaultValue({"admin", "demo", "camunda", "password", "passw0rd", "p@ssw0rd", "p@ssword", "password1",
                "password123", "password@123", "admin123", "admin1234", "admin123456", "admin@123", "administrator",
                "123456", "12345678", "123456789", "1234567890", "123456789012", "qwerty", "qwertyuiop", "qwe123",
                "letmein", "welcome", "welcome1", "changeme", "root", "toor", "111111", "000000", "abc123",
                "abc@123", "a123456", "iloveyou", "1qaz2wsx", "1qaz@wsx", "qazwsx", "zaq12wsx"}) List<String> forbidden) {

    public PasswordProperties {
        if (minLength < 1) {
            throw new IllegalArgumentException("qingyang.password.min-length 须至少为 1。");
        }
        if (minCharacterClasses < 1 || minCharacterClasses > 4) {
            throw new IllegalArgumentException("qingyang.password.min-character-classes 须在 1 到 4 之间（共 4 类字符）。");
        }
        forbidden = forbidden == null ? List.of() : List.copyOf(forbidden);
    }

    /** The defaults, for code that runs before Spring binds the configuration. */
    public static PasswordProperties defaults() {
        return new Binder(List.of()).bindOrCreate("qingyang.password", PasswordProperties.class);
    }
}
