package cn.qingyang.assistance.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;

/**
 * The one password rule set of the system, as Camunda's {@link PasswordPolicy}: the engine checks
 * it whenever a password is set (Admin webapp, {@code /engine-rest/user/create}, a user's own
 * change), the Admin webapp shows it while one types ({@code /engine-rest/identity/password-policy},
 * each rule's placeholder translated in its {@code zh.json}), and the prod administrator's password
 * is checked against it before the application starts ({@code AdminPasswordPolicy}, with a longer
 * minimum). Each rule also says in Chinese what it asks, for our own answers.
 */
final class PasswordRules implements PasswordPolicy {

    /** A rule of ours: Camunda's placeholder and parameters for the webapps, and its Chinese text. */
    public interface Rule extends PasswordPolicyRule {

        /** What the rule asks, in Chinese, e.g. "至少 8 个字符". */
        String explanation();

        @Override
        default boolean execute(String candidatePassword) {
            return execute(candidatePassword, null);
        }

        @Override
        boolean execute(String candidatePassword, User user);
    }

    private final List<Rule> rules;

    public PasswordRules(PasswordProperties properties) {
        this(properties, properties.minLength());
    }

    private PasswordRules(PasswordProperties properties, int minLength) {
        this.rules = List.of(
                new LengthRule(minLength),
                new CharacterClassesRule(properties.minCharacterClasses()),
                new UserDataRule(),
                new CommonPasswordRule(properties.forbidden()));
    }

    /** The same rules with the administrator's longer minimum length. */
    public static PasswordRules forAdministrator(PasswordProperties properties) {
        return new PasswordRules(properties, Math.max(properties.adminMinLength(), properties.minLength()));
    }

    @Override
    public List<PasswordPolicyRule> getRules() {
        return List.copyOf(rules);
    }

    /** The rules the password breaks (user may be null: then only the user id is known, or nothing). */
    public List<Rule> violated(String password, User user) {
        String candidate = password == null ? "" : password;
        return rules.stream().filter(rule -> !rule.execute(candidate, user)).toList();
    }

    /** Every rule in Chinese, for a page or a refusal: "至少 8 个字符；……". */
    public String explainAll() {
        return rules.stream().map(Rule::explanation).collect(Collectors.joining("；"));
    }

    /** The Chinese refusal of a password that breaks the given rules. */
    public static String refusal(List<? extends PasswordPolicyRule> violated) {
        return "密码不符合密码策略，请换一个：" + violated.stream()
                .map(rule -> rule instanceof Rule ours ? ours.explanation() : rule.getPlaceholder())
                .collect(Collectors.joining("；")) + "。";
    }

    public int minLength() {
        return ((LengthRule) rules.get(0)).minLength;
    }

    static int length(String password) {
        return password.codePointCount(0, password.length());
    }

    /** At least n characters (code points: a Chinese character counts as one). */
    record LengthRule(int minLength) implements Rule {

        @Override
        public String getPlaceholder() {
            return "PASSWORD_POLICY_LENGTH"; // Camunda's own placeholder: the webapps translate it already
        }

        @Override
        public Map<String, String> getParameters() {
            return Map.of("minLength", Integer.toString(minLength));
        }

        @Override
        public boolean execute(String password, User user) {
            return length(password) >= minLength;
        }

        @Override
        public String explanation() {
            return "至少 " + minLength + " 个字符";
        }
    }

    /**
     * At least n of the four classes: upper-case letters, lower-case letters, digits, and other
     * characters (symbols, spaces, Chinese characters: each widens the alphabet at least as much
     * as a symbol does).
     */
    record CharacterClassesRule(int minClasses) implements Rule {

        @Override
        public String getPlaceholder() {
            return "PASSWORD_POLICY_CHARACTER_CLASSES";
        }

        @Override
        public Map<String, String> getParameters() {
            return Map.of("minClasses", Integer.toString(minClasses));
        }

        @Override
        public boolean execute(String password, User user) {
            return classes(password) >= minClasses;
        }

        static int classes(String password) {
            boolean upper = false;
            boolean lower = false;
            boolean digit = false;
            boolean other = false;
            for (int cp : password.codePoints().toArray()) {
                if (Character.isUpperCase(cp)) {
                    upper = true;
                } else if (Character.isLowerCase(cp)) {
                    lower = true;
                } else if (Character.isDigit(cp)) {
                    digit = true;
                } else {
                    other = true;
                }
            }
            return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
        }

        @Override
        public String explanation() {
            return "大写字母、小写字母、数字、特殊字符（符号、空格、汉字等）四类中至少包含 " + minClasses + " 类";
        }
    }

    /**
     * Not the user's id, name or e-mail address (ignoring case). Names shorter than two
     * characters are not checked: a one-character surname would rule out every password with it.
     */
    record UserDataRule() implements Rule {

        @Override
        public String getPlaceholder() {
            return "PASSWORD_POLICY_USER_DATA"; // Camunda's own placeholder
        }

        @Override
        public Map<String, String> getParameters() {
            return null;
        }

        @Override
        public boolean execute(String password, User user) {
            if (user == null) {
                return true;
            }
            String candidate = password.toLowerCase(Locale.ROOT);
            List<String> data = new ArrayList<>();
            data.add(user.getId());
            data.add(user.getFirstName());
            data.add(user.getLastName());
            data.add(user.getEmail());
            return data.stream().filter(value -> value != null && length(value.strip()) >= 2)
                    .noneMatch(value -> candidate.contains(value.strip().toLowerCase(Locale.ROOT)));
        }

        @Override
        public String explanation() {
            return "不得包含用户名、姓名或电子邮箱";
        }
    }

    /** Not a well-known password (configured list, ignoring case) and not one character repeated. */
    record CommonPasswordRule(Set<String> forbidden) implements Rule {

        CommonPasswordRule(List<String> forbidden) {
            this(forbidden.stream().map(p -> p.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet()));
        }

        @Override
        public String getPlaceholder() {
            return "PASSWORD_POLICY_COMMON";
        }

        @Override
        public Map<String, String> getParameters() {
            return null;
        }

        @Override
        public boolean execute(String password, User user) {
            return !forbidden.contains(password.toLowerCase(Locale.ROOT)) && password.codePoints().distinct().count() > 1;
        }

        @Override
        public String explanation() {
            return "不得使用常见弱密码（如 admin、demo、P@ssw0rd）或由同一字符重复组成";
        }
    }
}
